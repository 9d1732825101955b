// A newsroom app's own script, built by Vite or webpack with no
// configuration (bundlers.test.mjs): the widget by the package's name, for
// the element in the page and for one made in script.
import 'trade-timeline';
import { mount } from 'trade-timeline';

mount(document.querySelector('#mounted'), { src: 'story.json', lang: 'en' });
