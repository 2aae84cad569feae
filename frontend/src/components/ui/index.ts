export { Alert } from './Alert';
export { Button } from './Button';
export { Card } from './Card';
export { DataTable, type Column } from './DataTable';
export { PageShell } from './PageShell';
export { QueryStatus } from './QueryStatus';
export { TextField } from './TextField';
