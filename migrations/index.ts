import { Foundation1763800000000 } from './1763800000000-Foundation';

/** Every migration, in order. Listed explicitly so source (jest) and compiled (dist) runs load the same set. */
export const migrations = [Foundation1763800000000];
