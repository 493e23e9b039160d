import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { readAll } from '../database/reads';
import { Enclosure } from './enclosure.entity';

/** A sent letter of a contract and the documents it enclosed (`letters.enclosure_ids`, recorded when it was made). */
export interface CarryingLetter {
  contractId: string;
  documentIds: string[];
}

/** The sent letters of these contracts that enclosed anything, oldest first (letters own that fact). */
export type CarryingLettersReader = (manager: EntityManager, contractIds: string[]) => Promise<CarryingLetter[]>;

/**
 * What each provider request was sent (audit74 F-1): the documents its letters carried and those the owner chose
 * for it (`enclosures`), nothing else. The desk's list, its downloads, the owner's "Bijlagen die de aanbieder kan
 * openen" and the deletion requests all read it here; a new upload of a kind the provider requires is no part of any
 * request until a letter carries it or the owner chooses it (GDPR art. 5(1)(f) and art. 25: seen only by those it is
 * meant for). Letters depend on documents, so they register their reader here at start-up.
 */
@Injectable()
export class SentDocuments {
  private carryingLetters: CarryingLettersReader | null = null;

  readLettersWith(reader: CarryingLettersReader): void {
    this.carryingLetters = reader;
  }

  /** The contracts among these whose sent letters carried the document, the first letter's first. */
  async carrying(manager: EntityManager, contractIds: string[], documentId: string): Promise<string[]> {
    const letters = await this.letters(manager, contractIds);
    return [...new Set(letters.filter((l) => l.documentIds.includes(documentId)).map((l) => l.contractId))];
  }

  /** Per contract: the ids its sent letters carried, nothing the owner only chose (docreplace: who had a version that is now replaced). */
  async carriedTo(manager: EntityManager, contractIds: string[]): Promise<Map<string, string[]>> {
    const carried = new Map<string, string[]>(contractIds.map((id) => [id, []]));
    for (const { contractId, documentIds } of await this.letters(manager, contractIds)) carried.get(contractId)!.push(...documentIds);
    return carried;
  }

  /** Per contract: the ids its letters carried, in the order they went, then those the owner chose for it, each once (two reads for any number). */
  async to(manager: EntityManager, contractIds: string[]): Promise<Map<string, string[]>> {
    if (!contractIds.length) return new Map();
    const [letters, chosen] = await readAll(manager, [
      () => this.letters(manager, contractIds),
      () => manager.find(Enclosure, { where: { contractId: In(contractIds) }, order: { attachedAt: 'ASC' } }),
    ]);
    const sent = new Map<string, string[]>(contractIds.map((id) => [id, []]));
    for (const { contractId, documentIds } of [...letters, ...chosen.map((c) => ({ contractId: c.contractId, documentIds: [c.documentId] }))]) {
      const ids = sent.get(contractId)!;
      for (const id of documentIds) if (!ids.includes(id)) ids.push(id);
    }
    return sent;
  }

  private letters(manager: EntityManager, contractIds: string[]): Promise<CarryingLetter[]> {
    if (!this.carryingLetters) throw new Error('Nobody says which letters carried a document: LettersService registers with readLettersWith at start-up.');
    return contractIds.length ? this.carryingLetters(manager, contractIds) : Promise.resolve([]);
  }
}
