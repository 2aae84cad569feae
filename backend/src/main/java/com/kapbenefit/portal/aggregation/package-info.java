/**
 * Computes a programme's raw period aggregates for reporting from the member contexts' public
 * APIs. It runs only inside the publishing job, never in a request, and hands reporting nothing but
 * counts and sums.
 */
package com.kapbenefit.portal.aggregation;
