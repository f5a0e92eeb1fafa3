/**
 * The chart tests' inputs: real figures of the reference dataset (datasets/yangshahu-2019/report.ts),
 * picked by id, so the charts are tested on exactly what the site shows.
 */
import { yangshahu2019Indicators } from '../datasets.ts';
import { yangshahu2019 } from '../datasets.ts';
import type { Figure, ReportMeta } from '../../src/figures/figure.ts';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import type { IndicatorResult } from '../../src/indicators/result.ts';

export const report: ReportMeta = yangshahu2019.meta;

function figure(id: string): Figure {
  const found = yangshahu2019.figures.find((f) => f.id === id);
  if (!found) throw new Error(`chart test fixture: no figure "${id}" in yangshahu-2019`);
  return found;
}

export const poorHouseholds = figure('poor-households-registered');
export const poorPersons = figure('poor-persons-registered');
export const householdsLifted = figure('poor-households-lifted');
export const personsLifted = figure('poor-persons-lifted');
export const landAcquired = figure('land-acquired');
export const housesDemolished = figure('houses-demolished-households');
export const greenCrops = figure('young-crop-compensation-area');
export const qualityRice = figure('quality-rice-area');
export const riceShrimp = figure('rice-shrimp-area');
export const orchards = figure('orchard-area');
export const herbs = figure('herb-area');
export const rapeseed = figure('rapeseed-area');
export const weddings = figure('weddings-simplified');
export const funerals = figure('funerals-simplified');
export const otherEvents = figure('other-events-cancelled');
export const illegalBuildings = figure('illegal-buildings-demolished');
export const sheds = figure('sheds-demolished');
export const shedArea = figure('sheds-demolished-area');
export const sanitationFees = figure('sanitation-fees-collected');
export const temporaryRelief = figure('temporary-relief-funds');
export const cremationRate = figure('cremation-rate-policy-groups');

export const roadsHardened = figure('roads-hardened');
export const roadsAsphalted = figure('roads-asphalted');
export const ditchesDredged = figure('ditches-dredged');
export const welfareHouseholds = figure('minimum-living-allowance-households');
export const housesRenovated = figure('dilapidated-houses-renovated');
export const disabilityCertificates = figure('disability-certificates-issued');
export const drinkingWater = figure('drinking-water-persons');
export const bridgeInvestment = figure('bridge-repair-investment');

/** The dataset's derived indicators, computed with arquero as the CLI computes them. */
export const indicators: readonly IndicatorResult[] = computeIndicators(yangshahu2019, yangshahu2019Indicators);

/** The computed indicator `id`. */
export function indicator(id: string): IndicatorResult {
  const found = indicators.find((i) => i.id === id);
  if (!found) throw new Error(`chart test fixture: no indicator "${id}" in yangshahu-2019`);
  return found;
}

/** The farmland structure of section 六, in the report's order. */
export const cropAreas: readonly Figure[] = [qualityRice, riceShrimp, orchards, herbs, rapeseed];
