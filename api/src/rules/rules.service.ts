import { Injectable } from '@nestjs/common';
import {
  type CheckResult,
  type RuleCatalog,
  RosterDocumentError,
  checkRosterDocument,
  ruleCatalog,
} from '@bemanna/shared';
import { DomainError } from '../common/errors/domain-error';

/** The rules engine over HTTP: the same document and answer as `npm run rules:check`. */
@Injectable()
export class RulesService {
  private readonly catalog = ruleCatalog();

  check(document: unknown): CheckResult {
    try {
      return checkRosterDocument(document);
    } catch (error) {
      if (error instanceof RosterDocumentError) {
        // The document format is for tools and people alike; its messages name the field and value.
        throw DomainError.invalidFields(
          error.details.map((d) => ({ field: d.field, message: { sv: d.message, en: d.message } })),
        );
      }
      throw error;
    }
  }

  getCatalog(): RuleCatalog {
    return this.catalog;
  }
}
