#include "tax/holding_period.h"

namespace qtb::tax {

Date one_year_anniversary(Date acquired) {
  int year = 0;
  int month = 0;
  int day = 0;
  acquired.to_ymd(&year, &month, &day);
  if (month == 2 && day == 29) day = 28;  // no 29 February in the next year
  return Date::from_ymd(year + 1, month, day);
}

bool is_long_term(Date acquired, Date disposed) {
  return disposed > one_year_anniversary(acquired);
}

}  // namespace qtb::tax
