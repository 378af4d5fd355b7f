// Fixture: what a domain library may do: plain TypeScript and Node-free logic. Lint must accept it.
export const majority = (yes: number, no: number): boolean => yes * 2 > yes + no;
