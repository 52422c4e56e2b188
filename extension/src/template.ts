/**
 * The notebook that "New timeline notebook" creates: the analysis workflow,
 * ready for an article to be pasted in.
 */

function markdown(source: string) {
  return { cell_type: 'markdown', metadata: {}, source };
}

function code(source: string) {
  return { cell_type: 'code', metadata: {}, source, execution_count: null, outputs: [] };
}

export const TEMPLATE_CELLS = [
  markdown(
    '# Timeline of a news article\n\n' +
      'Paste the article (French or English) into the next cells, give its publication date, then run ' +
      'all the cells: chronique resolves every time expression against the publication date, attributes ' +
      'the claims to their speakers, finds the events and draws the escalation timeline.'
  ),
  code('import chronique'),
  code(
    '# The article: paste it between the triple quotes.\n' +
      'article = """\n' +
      '\n' +
      '"""\n' +
      '# Its publication date: "2019-12-31", a partial date ("2019-12"), or None to infer it from the text.\n' +
      'published = None'
  ),
  code('a = chronique.analyze(article, published=published)   # lang="fr" or "en" to skip detection\na'),
  markdown(
    '## Review\n\n' +
      'Hover a date to see how it was resolved; click it to correct it, click a claim to change its ' +
      'speaker or its mode. `w.analysis` is the analysis with your corrections.'
  ),
  code('w = chronique.widget(a, name="timeline")\nw'),
  code('chronique.chart(w.analysis)'),
  markdown('## Export\n\nThe chart (HTML, PNG) and the data (CSV, JSON, the `.timeline.json` bundle), beside the notebook.'),
  code('for fmt in ("html", "png", "csv", "json", "timeline"):\n    print(w.export(fmt))')
];

/** The notebook's JSON (nbformat 4), for the Python 3 kernel. */
export function timelineNotebook(): Record<string, unknown> {
  return {
    // nbformat 4.5 cells carry an id
    cells: TEMPLATE_CELLS.map((cell, k) => ({ id: `chronique-${k + 1}`, ...cell })),
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3 (ipykernel)', language: 'python' },
      language_info: { name: 'python' }
    },
    nbformat: 4,
    nbformat_minor: 5
  };
}
