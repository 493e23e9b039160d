import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The desk searches a provider's requests by the deceased's folded name copied onto each contract
 * (1763802600000-DeskSearch); since issue 15 the deceased's name can be corrected. The database keeps
 * the copies in step in the correcting statement's own transaction, whichever module corrects it.
 */
export class DeceasedNameOnContracts1763803400000 implements MigrationInterface {
  name = 'DeceasedNameOnContracts1763803400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION steward_copy_deceased_name() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE contracts SET deceased_search_name = steward_search_name(NEW.deceased_given_names, NEW.deceased_surname_prefix, NEW.deceased_surname)
         WHERE estate_id = NEW.id;
        RETURN NEW;
      END $$;
      CREATE TRIGGER estates_deceased_name_to_contracts
        AFTER UPDATE OF deceased_given_names, deceased_surname_prefix, deceased_surname ON estates
        FOR EACH ROW
        WHEN (OLD.deceased_given_names IS DISTINCT FROM NEW.deceased_given_names
           OR OLD.deceased_surname_prefix IS DISTINCT FROM NEW.deceased_surname_prefix
           OR OLD.deceased_surname IS DISTINCT FROM NEW.deceased_surname)
        EXECUTE FUNCTION steward_copy_deceased_name();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER estates_deceased_name_to_contracts ON estates; DROP FUNCTION steward_copy_deceased_name();');
  }
}
