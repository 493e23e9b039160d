import { Foundation1763800000000 } from './1763800000000-Foundation';
import { Workflows1763800100000 } from './1763800100000-Workflows';
import { Letters1763800200000 } from './1763800200000-Letters';
import { ProviderDesk1763800300000 } from './1763800300000-ProviderDesk';
import { FamilyPortal1763800400000 } from './1763800400000-FamilyPortal';
import { FamilyPortalActions1763800500000 } from './1763800500000-FamilyPortalActions';
import { FamilyDigest1763800600000 } from './1763800600000-FamilyDigest';
import { Enclosures1763800700000 } from './1763800700000-Enclosures';
import { FormSubmissions1763800800000 } from './1763800800000-FormSubmissions';
import { LoginLimits1763800900000 } from './1763800900000-LoginLimits';
import { LetterAddressees1763801000000 } from './1763801000000-LetterAddressees';
import { PrintPages1763801100000 } from './1763801100000-PrintPages';
import { Statements1763801400000 } from './1763801400000-Statements';
import { StatementsUi1763801500000 } from './1763801500000-StatementsUi';
import { WorkflowReadModels1763801600000 } from './1763801600000-WorkflowReadModels';
import { Pipeline1763801700000 } from './1763801700000-Pipeline';
import { Paging1763801800000 } from './1763801800000-Paging';
import { ProviderFigures1763801900000 } from './1763801900000-ProviderFigures';
import { EstateAccountAndNewHolder1763802100000 } from './1763802100000-EstateAccountAndNewHolder';
import { NameOrder1763802200000 } from './1763802200000-NameOrder';
import { ListPaging1763802400000 } from './1763802400000-ListPaging';
import { InformedByBrp1763802500000 } from './1763802500000-InformedByBrp';
import { Webhooks1763803200000 } from './1763803200000-Webhooks';

/** Every migration, in order. Listed explicitly so source (jest) and compiled (dist) runs load the same set. */
export const migrations = [Foundation1763800000000, Workflows1763800100000, Letters1763800200000, ProviderDesk1763800300000, FamilyPortal1763800400000, FamilyPortalActions1763800500000, FamilyDigest1763800600000, Enclosures1763800700000, FormSubmissions1763800800000, LoginLimits1763800900000, LetterAddressees1763801000000, PrintPages1763801100000, Statements1763801400000, StatementsUi1763801500000, WorkflowReadModels1763801600000, Pipeline1763801700000, Paging1763801800000, ProviderFigures1763801900000, EstateAccountAndNewHolder1763802100000, NameOrder1763802200000, ListPaging1763802400000, InformedByBrp1763802500000, Webhooks1763803200000];
