import { runPure } from './plan-pure.bench';
runPure(3000, 3);
