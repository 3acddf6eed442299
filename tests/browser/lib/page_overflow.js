'use strict';
// Runs in the page: horizontal overflow at the current viewport width, and the outermost
// elements that stick out past the right edge without a scrolling or clipping container.
function measureOverflow() {
  const width = document.documentElement.clientWidth || window.innerWidth;
  const scrollWidth = document.scrollingElement.scrollWidth;
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += `#${el.id}`;
    const cls = [...el.classList].slice(0, 2);
    if (cls.length) s += '.' + cls.join('.');
    return s;
  };
  const clipped = (el) => {
    for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== 'visible') return true;
    }
    return false;
  };
  const sticksOut = new Set();
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > width + 1 && !clipped(el)) sticksOut.add(el);
  }
  const offenders = [...sticksOut]
    .filter((el) => !sticksOut.has(el.parentElement))
    .slice(0, 8)
    .map((el) => `${describe(el)} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`);
  return { width, scrollWidth, offenders };
}

module.exports = { measureOverflow };
