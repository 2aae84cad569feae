/**
 * Medical clearance: a screened, consented member's case waits for a prescriber licensed in the
 * member's state, who accepts it, sees what is needed (identity only with consent in force, every
 * view recorded) and records cleared, not cleared or more information needed.
 */
package com.kapbenefit.portal.clearance;
