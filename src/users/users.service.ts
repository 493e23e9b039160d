import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { compare, hash } from 'bcryptjs';
import { Repository } from 'typeorm';
import { ProblemException } from '../common/problem';
import { CreateUserDto } from './user.dto';
import { User } from './user.entity';

const BCRYPT_COST = 10;

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async create(dto: CreateUserDto): Promise<User> {
    if (await this.findByEmail(dto.email)) {
      throw new ProblemException(409, 'email-taken', `A user with email ${dto.email} already exists.`);
    }
    const user = this.users.create({
      email: dto.email.trim(),
      name: dto.name.trim(),
      phone: dto.phone ?? null,
      role: dto.role,
      passwordHash: await hash(dto.password, BCRYPT_COST),
      active: true,
    });
    return this.users.save(user);
  }

  /** Creates the first admin once (idempotent), from configuration or the CLI. */
  async ensureAdmin(email: string, password: string, name = 'Administrator'): Promise<User> {
    return (await this.findByEmail(email)) ?? this.create({ email, password, name, role: 'admin' });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email: email.trim() }).getOne();
  }

  findActive(id: string): Promise<User | null> {
    return this.users.findOneBy({ id, active: true });
  }

  list(): Promise<User[]> {
    return this.users.find({ order: { name: 'ASC' } });
  }

  /** Who can own an estate: active specialists, by name (handovers, an administrator's intake). */
  activeSpecialists(): Promise<User[]> {
    return this.users.find({ where: { role: 'specialist', active: true }, order: { name: 'ASC' } });
  }

  /** Checks a password; the same work is done for unknown emails so timing reveals nothing. */
  async verifyPassword(email: string, password: string): Promise<User | null> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email) AND u.active', { email: email.trim() })
      .getOne();
    const ok = await compare(password, user?.passwordHash ?? '$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinva');
    return user && ok ? user : null;
  }
}
