package io.winback.chain;

import java.math.BigDecimal;
import java.util.Optional;

/** Shop-wide figures the chains need: the real average check, for the bonus budget cap. */
public interface ShopFigures {

    /** Net spent per purchase over all customers, 2 decimals; empty before the first sale. */
    Optional<BigDecimal> averageCheck();
}
