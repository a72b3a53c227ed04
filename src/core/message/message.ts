/**
 * The platform-neutral message that commands return and renderers turn into Markdown,
 * Discord payloads or Slack blocks. Text here is plain (no markup); renderers escape it.
 */
export interface MessageField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface MessageLink {
  label: string;
  url: string;
}

/** One item of a multi-item message (a digest entry). */
export interface MessageSection {
  heading: string;
  url?: string | null;
  text?: string;
  /** Small print under the item (source, "also in: ..."). */
  note?: string;
}

/** A button offered with the message; adapters that cannot show buttons ignore it. */
export interface MessageAction {
  /** Stable action id, e.g. `ask:<articleId>`. */
  id: string;
  label: string;
}

export type MessageKind = 'briefing' | 'answer' | 'digest' | 'help' | 'error' | 'info';

export interface Message {
  kind: MessageKind;
  title?: string;
  url?: string | null;
  /** Main paragraph (a TL;DR, an answer). */
  text?: string;
  bullets?: string[];
  fields?: MessageField[];
  sections?: MessageSection[];
  links?: MessageLink[];
  footer?: string;
  /** Show only to the person who asked, where the platform allows. */
  ephemeral?: boolean;
  actions?: MessageAction[];
  /** The article this message is about: follow-up questions in its thread use it. */
  articleId?: string;
  /** Articles listed by a digest, for follow-ups on the digest. */
  articleIds?: string[];
}
