/** A demo world for newcomers to click through; never present in production. */
package com.kapbenefit.portal.demo;
