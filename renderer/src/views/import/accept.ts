import type { Api } from '../../../../shared/api';
import type { Briefing } from '../../../../shared/model';
import { BUILTIN_TEMPLATES } from '../../../../shared/templates';

/**
 * Accepting a draft: docs:create from the built-in template of the same kind and script (so the
 * store assigns the id and the masthead and imprint get the template's defaults), then docs:save
 * with the imported content. If the save is refused, the half-made document goes to the trash
 * (restorable) and the draft stays on screen, so nothing is lost either way.
 */
export async function createFromDraft(api: Api, draft: Briefing): Promise<Briefing> {
  const template = BUILTIN_TEMPLATES.find((t) => t.kind === draft.kind && t.script === draft.script) ?? BUILTIN_TEMPLATES.find((t) => t.script === draft.script) ?? BUILTIN_TEMPLATES[0]!;
  // No title recognised: the meeting's name is the best stand-in (the noTitle warning asked the user to check).
  const title = draft.title || draft.meeting.name;
  const { doc: created } = await api['docs:create']({ templateId: template.id, title });
  const masthead = Object.fromEntries(Object.entries(created.masthead).map(([k, v]) => [k, draft.masthead[k as keyof Briefing['masthead']] || v])) as Briefing['masthead'];
  const doc: Briefing = {
    ...draft,
    title,
    id: created.id,
    revision: created.revision,
    createdAt: created.createdAt,
    updatedAt: created.updatedAt,
    templateId: created.templateId,
    masthead,
    distribution: created.distribution,
  };
  try {
    return (await api['docs:save']({ doc })).doc;
  } catch (e) {
    await api['docs:trash']({ id: created.id }).catch(() => undefined);
    throw e;
  }
}
