import type { ConfigData } from 'html-validate';

/** html-validate's recommended preset, with the few rules the site's output needs relaxed, each for a reason. */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Checkbox groups share one name per facet (?malgruppe=a&malgruppe=b): that is how GET forms send
    // several values. The default already allows radio buttons to share names; checkboxes are the same case.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
