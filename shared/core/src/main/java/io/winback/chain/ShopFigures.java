package io.winback.chain;

import java.util.Optional;

/** Shop-wide figures the chains need: the real average check, for the bonus cap and the campaign report. */
public interface ShopFigures {
    /** For when no figure may be used: reading back stored configurations, which passed their checks when stored. */
    ShopFigures NONE = Optional::empty;

    /** Net spent per purchase over all customers, with the purchases behind it; empty before the first sale. */
    Optional<ShopAverageCheck> averageCheck();
}
