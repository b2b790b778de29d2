/** Letters and digits without look-alikes (0/O, 1/l/I), so a password read out over the phone is typed right. */
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const ALPHABET = LETTERS + DIGITS;

function pick(alphabet: string, random: number): string {
  return alphabet.charAt(random % alphabet.length);
}

/**
 * A random password from the browser's CSPRNG, shown once to the administrator: 12 characters in groups of four
 * (`Xk7m-Qa3z-…`), always with letters and digits, so it meets the server's rule (8+ characters, two kinds).
 */
export function generatePassword(): string {
  const random = crypto.getRandomValues(new Uint32Array(12));
  const chars = Array.from(random, (value, index) => pick(index === 0 ? LETTERS : index === 1 ? DIGITS : ALPHABET, value));
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((group) => group.join('')).join('-');
}

/** The server's rule, checked in the form first: 8–128 characters, two kinds of characters, not containing the username. */
export function passwordProblem(password: string, username?: string): 'length' | 'kinds' | 'username' | undefined {
  if (password.length < 8 || password.length > 128) return 'length';
  const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((pattern) => pattern.test(password)).length;
  if (kinds < 2) return 'kinds';
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) return 'username';
  return undefined;
}

type Problem = NonNullable<ReturnType<typeof passwordProblem>>;

/** An Ant Design form rule for a new password; `message` words the problem, `username` is read when the rule runs. */
export function passwordRule(message: (problem: Problem) => string, username?: () => string | undefined) {
  return {
    validator: (_: unknown, value: string | undefined) => {
      const problem = value ? passwordProblem(value, username?.()) : undefined;
      return problem ? Promise.reject(new Error(message(problem))) : Promise.resolve();
    },
  };
}
