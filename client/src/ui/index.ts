// The app's building blocks (see README, "Client"): tokens in tokens.css and tokens.ts, looks in ui.css.
export { Card, Chips, Choice, Field, Slider, Table, Toolbar, type Column } from './controls.tsx';
export { RangeSlider } from './RangeSlider.tsx';
export { Panel } from './Panel.tsx';
export { EmptyState, ErrorState, Loading } from './States.tsx';
export { explain } from './explain.ts';
export { nodeColour, SHARE_COLOURS, TYPE_COLOURS, type ShareKind } from './tokens.ts';
export { YearInput } from './YearInput.tsx';
