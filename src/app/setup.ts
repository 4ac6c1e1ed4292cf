// Placeholder until this feature lands.
export function menuSetUp(): void {}
