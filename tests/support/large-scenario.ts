/** The command that wrote public/scenarios/large-10x6.json (quoted in docs/designer-guide.md). */
export const LARGE_ARGS = ['generate', '--items', '10', '--options', '6', '--seed', 'large-10x6', '--id', 'large-10x6', '--title', 'Stress test: ten-item agenda'];
export const LARGE = 'public/scenarios/large-10x6.json';
