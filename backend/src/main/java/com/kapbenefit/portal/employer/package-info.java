/** Employers that sponsor the benefit. HR admins see only their own employer. */
package com.kapbenefit.portal.employer;
