// Fixture: this library's own test support, which its production files must not import.
export const sample = 'sample';
