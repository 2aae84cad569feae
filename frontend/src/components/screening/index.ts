export { ScreeningLineList } from './ScreeningLineList';
export {
  BANDS,
  INSTRUMENTS,
  SCORED_INSTRUMENTS,
  isBand,
  isInstrument,
  isScoredInstrument,
  type Band,
  type Instrument,
  type ScreeningLine,
} from './vocabulary';
