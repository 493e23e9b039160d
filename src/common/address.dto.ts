import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO31661Alpha2, IsString, MaxLength, MinLength, registerDecorator, ValidationArguments } from 'class-validator';
import { trimmed } from './trim';


const DUTCH_POSTAL_CODE = /^[1-9][0-9]{3} ?[A-Z]{2}$/;
const ANY_POSTAL_CODE = /^[A-Z0-9][A-Z0-9 -]{1,11}$/;

function IsPostalCodeOfCountry() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value === 'string' &&
          ((args.object as AddressDto).country === 'NL' ? DUTCH_POSTAL_CODE : ANY_POSTAL_CODE).test(value),
        defaultMessage: (args: ValidationArguments) =>
          (args.object as AddressDto).country === 'NL'
            ? 'postalCode must be a Dutch postal code such as 1016 GV'
            : 'postalCode must be a postal code',
      },
    });
}

/** A postal address; Dutch postal codes are checked strictly (1234 AB), others loosely. */
export class AddressDto {
  @ApiProperty({ example: 'Prinsengracht 263' })
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  street: string;

  @ApiProperty({ example: '1016 GV' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsPostalCodeOfCountry()
  postalCode: string;

  @ApiProperty({ example: 'Amsterdam' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city: string;

  @ApiProperty({ example: 'NL', description: 'ISO 3166-1 alpha-2', default: 'NL' })
  @Transform(({ value }) => (value === undefined ? 'NL' : value))
  @IsISO31661Alpha2({ message: 'country must be a two-letter country code such as NL' })
  country: string = 'NL';
}
