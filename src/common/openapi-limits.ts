import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DECORATORS, type OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { TransformationType } from 'class-transformer';
import type { MetadataStorage as TransformStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { trimmed } from './trim';

/**
 * The schema keywords one validator stands for, from the constraints it was declared with: the limit is written once, on the
 * validator, and the document reads it from there (audit81 OAS-1), so a client generated from the document refuses what the
 * server refuses. `trims`: the field loses the spaces around it before it is counted (`trimmed`), so its least length is of
 * what is left, and a blank one is refused. `choices`: `IsIn`'s values as the `enum` (a query's).
 */
export function limitKeywords(rule: ValidationMetadata, trims: boolean, choices = false): SchemaObject {
  const [first, second] = rule.constraints ?? [];
  switch (rule.name) {
    case 'maxLength':
      return { maxLength: first };
    case 'minLength':
      return { minLength: first, ...(trims && first > 0 && { pattern: nonBlank(first) }) };
    case 'min':
      return { minimum: first };
    case 'max':
      return { maximum: first };
    case 'arrayMinSize':
      return { minItems: first };
    case 'arrayMaxSize':
      return { maxItems: first };
    // A query's choices (a body documents its own: it may offer fewer than the validator takes, a will is refused later with a 422).
    case 'isIn':
      return choices ? { enum: first } : {};
    // `IsEuros`: cents at most; a least amount above zero is "more than zero" (its rule `isPositive`), as the validator has it.
    case 'isEuros':
      return { ...(first > 0 ? { minimum: 0, exclusiveMinimum: true } : { minimum: first }), maximum: second, multipleOf: 0.01 };
    default:
      return {};
  }
}

/** At least `least` characters once the spaces around them are left out (ECMA regex, as JSON Schema's `pattern`). */
const nonBlank = (least: number) => (least === 1 ? '\\S' : `^\\s*\\S[\\s\\S]{${least - 2},}\\S\\s*$`);

// class-transformer publishes its storage's types apart from its code (as @nestjs/mapped-types reads it too).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: TransformStorage };

/** Whether the body's `property` of `target` loses its surrounding spaces before it is checked (`@Transform(trimmed)`). */
function trims(target: Function, property: string): boolean {
  return defaultMetadataStorage.findTransformMetadatas(target, property, TransformationType.PLAIN_TO_CLASS).some((t) => t.transformFn === trimmed);
}

/** What `controllers`' handlers take through one kind of route argument (`@Body()`, `@Query()`), each with its type as declared. */
function routeArguments(controllers: Function[], kind: RouteParamtypes): { controller: Function; handler: string; type: unknown }[] {
  const found: { controller: Function; handler: string; type: unknown }[] = [];
  for (const controller of controllers) {
    for (const handler of Object.getOwnPropertyNames(controller.prototype)) {
      if (typeof controller.prototype[handler] !== 'function') continue;
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<string, { index: number }>;
      const declared = (Reflect.getMetadata('design:paramtypes', controller.prototype, handler) ?? []) as unknown[];
      for (const [arg, { index }] of Object.entries(args)) if (arg.startsWith(`${kind}:`)) found.push({ controller, handler, type: declared[index] });
    }
  }
  return found;
}

/**
 * The classes `controllers` take as a body (`@Body()`, or `@ApiBody` where the service checks it), and the classes nested in
 * them (`@Type`), by name as the document names their schemas. A name two classes share is left out: which one it is, is not known.
 */
function bodyClasses(controllers: Function[]): Map<string, Function> {
  const named = new Map<string, Function | null>();
  const add = (type: unknown): void => {
    if (typeof type !== 'function' || type === Object || named.get(type.name) === type) return;
    named.set(type.name, named.has(type.name) ? null : type);
    for (const rule of getMetadataStorage().getTargetValidationMetadatas(type, '', true, false)) add(defaultMetadataStorage.findTypeMetadata(type, rule.propertyName)?.typeFunction());
  };
  for (const controller of controllers) {
    for (const key of Object.getOwnPropertyNames(controller.prototype)) {
      const handler: unknown = controller.prototype[key];
      if (typeof handler !== 'function') continue;
      for (const parameter of (Reflect.getMetadata(DECORATORS.API_PARAMETERS, handler) ?? []) as { in?: string; type?: unknown }[]) if (parameter.in === 'body') add(parameter.type);
    }
  }
  for (const { type } of routeArguments(controllers, RouteParamtypes.BODY)) add(type);
  return new Map([...named].filter((entry): entry is [string, Function] => entry[1] !== null));
}

/** The handlers of `controllers` that take a query class (`@Query() query: SomeQueryDto`); a single parameter (`@Query('next')`) is no class of ours. */
export function queryRoutes(controllers: Function[]): { controller: Function; handler: string; query: Function }[] {
  const isClass = (type: unknown): type is Function => typeof type === 'function' && ![Object, String, Number, Boolean, Array].includes(type as never);
  return routeArguments(controllers, RouteParamtypes.QUERY).flatMap(({ controller, handler, type }) => (isClass(type) ? [{ controller, handler, query: type }] : []));
}

/** The limits `target`'s validators enforce, per property as schema keywords (of its items for a rule on each); `choices` as `limitKeywords`. */
export function validatorLimits(target: Function, choices = false): Map<string, { own: SchemaObject; items: SchemaObject }> {
  const limits = new Map<string, { own: SchemaObject; items: SchemaObject }>();
  for (const rule of getMetadataStorage().getTargetValidationMetadatas(target, '', true, false)) {
    const keywords = limitKeywords(rule, trims(target, rule.propertyName), choices);
    if (!Object.keys(keywords).length) continue;
    const entry = limits.get(rule.propertyName) ?? { own: {}, items: {} };
    Object.assign(rule.each ? entry.items : entry.own, keywords);
    limits.set(rule.propertyName, entry);
  }
  return limits;
}

/** The document of `controllers`, each body's properties carrying the limits their validators enforce (README, apidoc). */
export function withValidatorLimits(document: OpenAPIObject, controllers: Function[]): OpenAPIObject {
  const classes = bodyClasses(controllers);
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    const target = classes.get(name);
    const properties = (schema as SchemaObject).properties;
    if (!target || !properties) continue;
    for (const [property, { own, items }] of validatorLimits(target)) {
      const declared = properties[property] as SchemaObject | undefined;
      // A reference takes no keywords beside it (OpenAPI 3.0): the referred schema carries its own.
      if (!declared || '$ref' in declared) continue;
      Object.assign(declared, own);
      if (Object.keys(items).length && declared.items && !('$ref' in declared.items)) Object.assign(declared.items, items);
    }
  }
  return document;
}

/**
 * deskexport (apidoc2's Not done): the query parameters of `controllers` carry the limits their validators enforce, written once on the
 * validator. A query class is no schema of the document's own (Nest spreads its documented properties into parameters as it builds the
 * document), so its properties' documentation takes the limits before the document is built; a property not documented stays so.
 */
export function documentQueryLimits(controllers: Function[]): void {
  for (const target of new Set(queryRoutes(controllers).map((route) => route.query)))
    for (const [property, { own }] of validatorLimits(target, true)) {
      const declared: unknown = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, target.prototype, property);
      // A choice's type is its values' (a union of words is declared as `Object`, which the document would name a schema).
      const type = own.enum ? { type: typeof own.enum[0] } : {};
      if (declared) Reflect.defineMetadata(DECORATORS.API_MODEL_PROPERTIES, { ...declared, ...own, ...type }, target.prototype, property);
    }
}
