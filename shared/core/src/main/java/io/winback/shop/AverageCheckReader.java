package io.winback.shop;

import java.util.Optional;

/** Shop-wide figures the chains need: the real average check, for the bonus cap and the campaign report. */
public interface AverageCheckReader {
    /** For when no figure may be used: reading back stored configurations, which passed their checks when stored. */
    AverageCheckReader NONE = Optional::empty;

    /** Net spent per purchase over all customers, with the purchases behind it; empty before the first sale. */
    Optional<ShopAverageCheck> averageCheck();
}
