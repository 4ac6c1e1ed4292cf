// Placeholder until this feature lands.
export function menuOpenSidebar(): void {}
