/** Words the summary reads to put the parts of a total under it (src/reconcile/parts.ts). */
export interface PartsLexicon {
  /** Words between a total and its first part: "30 died, *including* 9 children", "41 people, *of whom* 4 police". */
  partCues: string[];
  /** Words by a figure that make it the sum of the figures before it: "12 soldiers and 3 police, 15 *in all*". */
  totalCues: string[];
  /** Groups named after "among the" that open a breakdown of the figure before: "*Among the wounded*, 9 were children." */
  leadGroups: string[];
}

export const DEFAULT_PARTS: PartsLexicon = {
  partCues: [
    'including', 'includes', 'include', 'included', 'among them', 'among whom', 'among those', 'of whom', 'of them',
    'of which', 'of those', 'of these',
  ],
  totalCues: ['in total', 'a total of', 'totalling', 'totaling', 'altogether', 'in all', 'all told', 'overall', 'combined'],
  leadGroups: ['dead', 'victims', 'killed', 'wounded', 'injured', 'casualties'],
};
