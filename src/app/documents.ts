// Placeholder until this feature lands.
export function menuGenerateDocuments(): void {}
