// Fixture: a library without scope or type tags. Lint must reject every import of it and every import it makes.
export const untagged = 'untagged';
