import { hash as bcryptHash } from 'bcryptjs';
import { checkPassword, hashPassword } from './passwords';

describe('password hashes', () => {
  it('hashes with scrypt and a fresh salt, and checks the right password only', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse'), hashPassword('correct horse')]);
    expect(a).toMatch(/^\$scrypt\$ln=14,r=8,p=1\$/);
    expect(a).not.toBe(b);
    expect(await checkPassword('correct horse', a)).toEqual({ ok: true, outdated: false });
    expect(await checkPassword('correct horsE', a)).toEqual({ ok: false, outdated: false });
  });

  it('still accepts bcrypt hashes written before, and marks them for replacement', async () => {
    const old = await bcryptHash('correct horse', 4);
    expect(await checkPassword('correct horse', old)).toEqual({ ok: true, outdated: true });
    expect((await checkPassword('wrong', old)).ok).toBe(false);
  });

  it('refuses every password when there is no account, or the hash is not one we know', async () => {
    expect(await checkPassword('', null)).toEqual({ ok: false, outdated: false });
    expect(await checkPassword('x', 'plain-text')).toEqual({ ok: false, outdated: false });
  });
});
