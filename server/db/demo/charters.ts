// The demo partnership's charters: Kindergarten Readiness has a ratified charter with history
// (a first draft, returned by the lead, revised, ratified); Opportunity Youth has a first draft.
import { emptyCharter } from '../../../shared/domain/charter.ts';
import type { CharterContent } from '../../../shared/schemas/charter.ts';

type People = CharterContent['people'];

export function kindergartenCharter(people: People) {
  const first: CharterContent = {
    people,
    sections: {
      ...emptyCharter().sections,
      aim: 'Raise kindergarten readiness in the Eastside neighborhoods.',
      problem:
        'Only **42%** of kindergartners in the five Eastside focus schools were assessed as ready in 2023, and no more since (41% in fall 2025), against 58% district-wide. ' +
        'The gap is widest for children from low-income families (38%) and for children who attended no formal early learning program (31%).\n\n' +
        'Source: district kindergarten entry assessment, fall 2023–2025.',
      scope:
        'Children from birth to five and their families in the attendance areas of the five focus schools:\n\n' +
        '- Eastside, Lincoln, Maple Grove, Riverside and Washington elementary schools\n' +
        '- Subgroups tracked: race/ethnicity, family income, home language, early learning attendance',
      commitments:
        'Each partner sends the same person to monthly meetings, shares the data it agreed to share, and tests at least one change idea a year.\n\n' +
        'We start and end on time, assume good intent, and use data as a **flashlight, not a hammer**.',
      meetings: 'Monthly, second Tuesday, 3:30–5:00 pm, Northgate Public Library community room. Data review every quarter.',
    },
  };
  const second: CharterContent = {
    ...first,
    sections: {
      ...first.sections,
      aim: 'By June 2028, raise the share of kindergartners assessed as ready from **42.5%** (our baseline, September 2023) to **60%** in the five focus schools, and halve the gap for children from low-income families.',
      decisions:
        'We decide by consensus using a five-point gradients-of-agreement scale (1 = full support … 5 = block). ' +
        'A decision passes when no one is at 5 and most are at 1–2. If we cannot agree in two meetings, the leads decide and explain why.',
    },
  };
  const third: CharterContent = {
    ...second,
    sections: {
      ...second.sections,
      dataSharing:
        'Partners share counts, never records about individual children. Subgroup results with fewer than **10 children** are not shown. ' +
        'The data lead keeps the shared spreadsheet; only network members may see it.\n\n' +
        'See the [data sharing agreement template](https://www.example.org/data-sharing-agreement) the partnership adopted in 2025.',
      communication:
        '- A one-page update to all partners after each meeting\n' +
        '- Results shared with families through the schools’ newsletters each semester\n' +
        '- The leads speak for the network to the press',
    },
  };
  return [
    { content: first, changeNote: 'First draft from the September kickoff' },
    { content: second, changeNote: 'Made the aim measurable and dated; added how we decide' },
    { content: third, changeNote: 'Added the data sharing agreement and communication plan' },
  ];
}

export function opportunityYouthCharter(people: People) {
  return {
    changeNote: 'First draft after the October planning session',
    content: {
      people,
      sections: {
        ...emptyCharter().sections,
        aim: 'By December 2027, re-engage 300 young people aged 16–24 who are neither in school nor working, in education or employment that lasts at least six months.',
        problem:
          'An estimated 2,400 young people in the county are out of school and out of work (American Community Survey, 2024). ' +
          'Re-engagement programs reach fewer than one in ten of them.',
        meetings: 'Every other Thursday, 9:00–10:30 am, Metro Workforce Board.',
      },
    } satisfies CharterContent,
  };
}
