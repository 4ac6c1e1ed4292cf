/**
 * This user's folders and templates in Drive. Under drive.file each user's add-on sees only the
 * files it made, so their ids are the user's own: kept in user properties, per spreadsheet
 * (state.ts), each saved the moment the file exists — a run that stops half-way never makes a
 * second folder or template. A folder or template whose id was not saved yet (the run stopped
 * between Drive's answer and the save) is found again by the key it carries (adapters/drive.ts).
 *
 * Templates: on first use the add-on writes its default templates (core/documents/layout.ts)
 * in the folder "Đi cơ sở – Mẫu văn bản", with the guide to their placeholders. It never writes
 * into a template the staff edited; an untouched default of an older version is renamed
 * "(phiên bản cũ)" and a new default takes its place; a template left empty by a run that
 * stopped is written; a trashed or deleted one is made again.
 */
import { readTemplate, type TemplateInfo } from "../../adapters/docs";
import {
  createDoc,
  documentsByKey,
  ensureFolder,
  type FoundFile,
  fileState,
  findByKey,
  renameFile,
} from "../../adapters/drive";
import { writeTemplate } from "../../adapters/templates";
import { guideLayout } from "../../core/documents/guide";
import {
  defaultTemplate,
  OUTPUT_FOLDER_NAME,
  TEMPLATE_FOLDER_HELP,
  TEMPLATE_FOLDER_NAME,
  TEMPLATE_VERSION,
  type TemplateKind,
  type TemplateLayout,
} from "../../core/documents/layout";
import { listsOf } from "../../core/documents/model";
import { defaultVersionOf, isOutdatedDefault } from "../../core/documents/versions";

/** The ids this user's add-on keeps for one spreadsheet. */
export interface DriveIds {
  templates: Partial<Record<TemplateKind, string>>;
  /** The templates folder, the guide in it, the output folder, each year's and its "Đã thay thế". */
  folders: { templates?: string; guide?: string; output?: string };
  years: Record<string, string>;
  replaced: Record<string, string>;
}

export const REPLACED_FOLDER_NAME = "Đã thay thế";

export function emptyIds(): DriveIds {
  return { templates: {}, folders: {}, years: {}, replaced: {} };
}

/** A template of this run: its shape, and the default layout when it is the current default. */
export interface RunTemplate extends TemplateInfo {
  /** The layout it was written from, while nobody has edited it (update in place rewrites it). */
  layout?: TemplateLayout;
}

export class DriveState {
  private readonly checked = new Set<string>();
  private readonly infos = new Map<TemplateKind, RunTemplate>();
  private readonly existing = new Map<number, Map<string, FoundFile>>();
  readonly madeTemplates: TemplateKind[] = [];
  readonly unknown = new Set<string>();

  /** `save` stores the ids at once (user properties): called whenever one is new. */
  constructor(
    readonly ids: DriveIds,
    private readonly save: (ids: DriveIds) => void,
  ) {}

  private folder(known: string | undefined, key: string, name: string, parent: string | null) {
    if (known && this.checked.has(known)) return known;
    const folder = { key, name, parentId: parent };
    const help = key === "folder:templates" ? { description: TEMPLATE_FOLDER_HELP } : {};
    const { id } = ensureFolder(known, { ...folder, ...help });
    this.checked.add(id);
    return id;
  }

  private remember(update: (ids: DriveIds) => void): void {
    const before = JSON.stringify(this.ids);
    update(this.ids);
    if (JSON.stringify(this.ids) !== before) this.save(this.ids);
  }

  templateFolder(): string {
    const id = this.folder(
      this.ids.folders.templates,
      "folder:templates",
      TEMPLATE_FOLDER_NAME,
      null,
    );
    this.remember((ids) => {
      ids.folders.templates = id;
    });
    return id;
  }

  private outputFolder(): string {
    const id = this.folder(this.ids.folders.output, "folder:output", OUTPUT_FOLDER_NAME, null);
    this.remember((ids) => {
      ids.folders.output = id;
    });
    return id;
  }

  yearFolder(year: number): string {
    const y = String(year);
    const id = this.folder(this.ids.years[y], `folder:${y}`, y, this.outputFolder());
    this.remember((ids) => {
      ids.years[y] = id;
    });
    return id;
  }

  /** The year's "Đã thay thế" folder, where replaced documents go (never deleted). */
  replacedFolder(year: number): string {
    const y = String(year);
    const known = this.ids.replaced[y];
    const id = this.folder(
      known,
      `folder:${y}:replaced`,
      REPLACED_FOLDER_NAME,
      this.yearFolder(year),
    );
    this.remember((ids) => {
      ids.replaced[y] = id;
    });
    return id;
  }

  hasTemplate(kind: TemplateKind): boolean {
    return this.infos.has(kind);
  }

  /** The template of `kind`, read once per run; made (or written) when needed. */
  template(kind: TemplateKind): RunTemplate {
    const known = this.infos.get(kind);
    if (known) return known;
    let id = this.ids.templates[kind];
    if (id && fileState(id).state !== "live") id = undefined;
    id ??= findByKey(`template:${kind}`, this.templateFolder());
    let info = id ? this.read(kind, id) : undefined;
    if (info && isOutdatedDefault(kind, info.text)) {
      // A default of an older version nobody edited: the current default takes its place; the
      // old file stays, renamed, so nothing anyone saw disappears. An edited one is kept.
      renameFile(info.id, `${defaultTemplate(kind).name} (phiên bản cũ)`);
      info = undefined;
    }
    info ??= this.make(kind);
    const made = this.ids.templates[kind];
    if (made !== info.id) {
      this.remember((ids) => {
        ids.templates[kind] = info.id;
      });
    }
    this.infos.set(kind, info);
    return info;
  }

  /** Reads template `id`; one left empty by a run that stopped is written first. */
  private read(kind: TemplateKind, id: string): RunTemplate {
    let info = readTemplate(id, listsOf(kind));
    if (info.text.trim() === "") {
      writeTemplate(id, defaultTemplate(kind));
      info = readTemplate(id, listsOf(kind));
    }
    const current = defaultVersionOf(kind, info.text) === TEMPLATE_VERSION;
    return current ? { ...info, layout: defaultTemplate(kind) } : info;
  }

  private make(kind: TemplateKind): RunTemplate {
    const layout = defaultTemplate(kind);
    const id = createDoc(layout.name, this.templateFolder(), `template:${kind}`);
    this.remember((ids) => {
      ids.templates[kind] = id;
    });
    writeTemplate(id, layout);
    this.madeTemplates.push(kind);
    this.guide();
    return this.read(kind, id);
  }

  /** The guide beside the templates (core/documents/guide.ts): made when missing or outdated. */
  private guide(): void {
    const layout = guideLayout();
    let known = this.ids.folders.guide;
    if (known && fileState(known).state !== "live") known = undefined;
    known ??= findByKey("template:guide", this.templateFolder());
    if (known) {
      const text = readTemplate(known).text;
      if (text.trim() !== "" && !isOutdatedDefault("guide", text)) return;
      if (text.trim() !== "") renameFile(known, `${layout.name} (phiên bản cũ)`);
      else {
        writeTemplate(known, layout);
        return;
      }
    }
    const id = createDoc(layout.name, this.templateFolder(), "template:guide");
    this.remember((ids) => {
      ids.folders.guide = id;
    });
    writeTemplate(id, layout);
  }

  /** The add-on's documents in the year's folder, by key (one Drive list per year and run). */
  existingIn(year: number): Map<string, FoundFile> {
    let found = this.existing.get(year);
    if (!found) {
      found = documentsByKey(this.yearFolder(year));
      this.existing.set(year, found);
    }
    return found;
  }
}
