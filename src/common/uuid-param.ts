import { Param, ParseUUIDPipe } from '@nestjs/common';
import { NotFoundProblem } from './problem';

/** A route id that is not a UUID names nothing: answer 404 like any other unknown id. */
export const IdParam = (name = 'id') =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => new NotFoundProblem() }));
