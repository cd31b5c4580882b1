// Shapes shared by the readers, the merger and the pack writer. Every reader turns one source
// file into ListRecords; nothing downstream needs to know the file format.

/** Ids of the lists we read; also used as `source.document` and `source.lists[].list`. */
export type ListId =
  | 'aspi-unitracker'
  | 'us-entity-list'
  | 'us-meu-list'
  | 'us-mieu-list'
  | 'us-1260h-list'
  | 'us-ns-cmic'
  | 'us-section-1286'
  | 'us-ndaa-889'
  | 'us-ndaa-5949'
  | 'us-ndaa-154'
  | 'us-fcc-covered-list';

/** ASPI's four risk levels, parsed from its risk statement. */
export type AspiRating = 'very high' | 'high' | 'medium' | 'low';

/** One entry of one list (one edition of it, for lists with editions). */
export interface ListRecord {
  list: ListId;
  /** The entry's name as the list gives it (English). */
  name: string;
  /** Other English names and former names the list gives for the same entity. */
  aliases: string[];
  /** Names in Chinese script the list gives. */
  chineseNames: string[];
  /** Official citation: Federal Register page, DoD release, ASPI page URL. */
  citation: string;
  /** Date of the entry (listing date) or of the edition, ISO yyyy-mm-dd or yyyy-mm or yyyy. */
  date: string;
  /** False for entries only in superseded editions (history) or removed from the list. */
  current: boolean;
  /** Editions of the list that carry the entry, oldest first (lists with editions only). */
  editions?: string[];
  /** ASPI only. */
  rating?: AspiRating;
  /** ASPI category (Military, Civilian, ...) or the list's own type column. */
  category?: string;
  /** Talent programme rather than an institution (section 1286 Table 2). */
  isTalentProgramme?: boolean;
  /** Parent company the list files the entry under (1260H), shown in the message. */
  parent?: string;
  /** Postal address as the list gives it; its city confirms ambiguous abbreviations. */
  address?: string;
  /** Record id inside the data set (uuid, ent_num), for `source.record`. */
  recordId?: string;
}
