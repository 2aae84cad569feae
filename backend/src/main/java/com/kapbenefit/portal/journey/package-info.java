/** The member's own care journey, from eligibility to follow-up; visible only to that member. */
package com.kapbenefit.portal.journey;
