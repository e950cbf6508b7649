// Holding period of a capital asset (Pub. 550, "Holding Period"; Rev. Rul. 66-7).
// Pure functions; thread-safe.
#pragma once

#include "core/date.h"

namespace qtb::tax {

// The last day on which an asset acquired on `acquired` is still held "not more than one
// year": the same month and day one year later (counting starts the day after acquisition,
// the disposal day counts). Acquired on 29 February: 28 February of the next year, so the
// asset is long-term from 1 March (calendar months, Rev. Rul. 66-7; docs/tax.md).
Date one_year_anniversary(Date acquired);

// True when an asset acquired on `acquired` and disposed of on `disposed` was held more than
// one year (Pub. 550: bought 2023-03-15, sold 2024-03-15 is short-term, 2024-03-16 long-term).
bool is_long_term(Date acquired, Date disposed);

}  // namespace qtb::tax
