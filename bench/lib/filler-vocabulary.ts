// Word lists for ordinary scientific filler prose: bland on purpose, so the only findings in a
// generated draft are the risk sentences placed in it.

export const SUBJECTS = [
  'The consortium',
  'Work package 3',
  'The project team',
  'Our group',
  'The steering committee',
  'Each site',
  'The applicants',
  'The doctoral researchers',
  'The coordinating lab',
  'This task',
];

export const VERBS = [
  'will characterise',
  'measures',
  'evaluates',
  'compares',
  'will model',
  'reviews',
  'documents',
  'calibrates',
  'simulates',
  'will summarise',
];

export const OBJECTS = [
  'the thermal conductivity of layered soils',
  'seasonal variation in pollinator visits',
  'the grammar of regional dialects',
  'protein folding rates in yeast',
  'the stability of river embankments',
  'reading habits of primary school pupils',
  'the viscosity of honey blends',
  'coastal erosion along sandy beaches',
  'the acoustics of concert halls',
  'leaf litter decomposition in beech forests',
  'the history of medieval trade fairs',
  'crop yields under mixed cropping',
];

export const METHODS = [
  'standard field surveys',
  'open-source statistical software',
  'repeated laboratory trials',
  'semi-structured interviews',
  'a literature review',
  'controlled greenhouse experiments',
  'mixed-effects regression',
  'archival research',
  'citizen science observations',
];

export const PERIODS = ['in the first year', 'over three seasons', 'during months 6 to 18', 'before the midterm review', 'each spring'];

export const CLOSINGS = [
  'Results will be published in open-access journals.',
  'A summary is given in Table 2.',
  'The timeline is shown in the Gantt chart below.',
  'Students will present the findings at a summer school.',
  'Deliverable D2.1 reports the outcome.',
  'The approach builds on our earlier pilot study.',
  'Risks to the schedule are discussed in Section 5.',
];

export const HEADINGS = [
  'Objectives',
  'State of the art',
  'Methodology',
  'Work plan',
  'Impact',
  'Dissemination and communication',
  'Management structure',
  'Ethics',
  'Budget justification',
  'Open science practices',
];

export const CODE_LINES = [
  'import numpy as np',
  'values = np.loadtxt("measurements.csv", delimiter=",")',
  'mean = values.mean(axis=0)',
  'print(f"mean: {mean:.3f}")',
  'for site in sites: run_model(site, seed=42)',
  'plt.plot(times, values, label="site A")',
];
