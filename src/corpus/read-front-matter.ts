import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { ArticleFormatError } from './article-format-error.js';
import { type ArticleMeta, describeMetaIssue, frontMatterSchema } from './article-meta.js';
import { FRONT_MATTER_FENCE } from './markdown-syntax.js';

export interface FrontMatter {
  readonly meta: ArticleMeta;
  /** 0-based index of the first line after the closing fence. */
  readonly bodyStart: number;
}

// The YAML block starts on the file's second line, right after the opening fence.
const YAML_FIRST_FILE_LINE = 2;

/**
 * Offset in the YAML text of the deepest node along `path` that exists: the
 * key of a mapping entry (so a bad value points at its key's line) or the item
 * of a list.
 */
function offsetAlongPath(document: Document, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = document.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (pair === undefined) break;
      offset = (pair.key as Node).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (item === undefined) break;
      node = item;
      offset = (item as Node).range?.[0];
    } else {
      break;
    }
  }
  return offset;
}

function toPlainValue(document: Document, file: string): unknown {
  try {
    return document.toJS();
  } catch (error) {
    // toJS refuses pathological alias expansion ("billion laughs"); report it like any other bad YAML.
    throw new ArticleFormatError(file, 1, `the front matter cannot be read: ${(error as Error).message}`);
  }
}

/** Reads and validates the YAML front matter that must open every article file. */
export function readFrontMatter(lines: readonly string[], file: string): FrontMatter {
  if (lines[0]?.trimEnd() !== FRONT_MATTER_FENCE) {
    throw new ArticleFormatError(
      file,
      1,
      `the file must start with a '${FRONT_MATTER_FENCE}' line opening the YAML front matter`,
    );
  }
  const closingIndex = lines.findIndex((line, index) => index > 0 && line.trimEnd() === FRONT_MATTER_FENCE);
  if (closingIndex === -1) {
    throw new ArticleFormatError(
      file,
      1,
      `the front matter is never closed by a '${FRONT_MATTER_FENCE}' line`,
    );
  }

  const lineCounter = new LineCounter();
  const document = parseDocument(lines.slice(1, closingIndex).join('\n'), {
    lineCounter,
    prettyErrors: false,
  });
  const fileLineAt = (offset: number): number => lineCounter.linePos(offset).line + YAML_FIRST_FILE_LINE - 1;

  const [yamlError] = document.errors;
  if (yamlError) {
    const message = yamlError.message.split('\n')[0];
    throw new ArticleFormatError(
      file,
      fileLineAt(yamlError.pos[0]),
      `invalid YAML in the front matter: ${message}`,
    );
  }

  const result = frontMatterSchema.safeParse(toPlainValue(document, file));
  if (!result.success) {
    const [issue] = result.error.issues;
    if (issue === undefined) throw new ArticleFormatError(file, 1, 'invalid front matter');
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;
    const offset = offsetAlongPath(document, path);
    throw new ArticleFormatError(
      file,
      offset === undefined ? 1 : fileLineAt(offset),
      describeMetaIssue(issue),
    );
  }
  const { language: _language, ...meta } = result.data;
  return { meta, bodyStart: closingIndex + 1 };
}
