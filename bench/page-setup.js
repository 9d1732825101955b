// What every benchmark page but the bare one starts with, inlined by
// prepare.mjs where a page says /* bench:setup */ (inline, so that it costs
// no request): the query (?story=NAME, ?far), the story's URL, and
// markReady(), which marks "ready" on the first frame after the page drew
// its content (requestAnimationFrame, then a message).
  const params = new URLSearchParams(location.search);
  if (params.has('far')) document.documentElement.classList.add('far');
  const storyUrl = `../stories/${params.get('story') ?? 'real'}.json`;
  const markReady = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => performance.mark('ready');
    channel.port2.postMessage(0);
  });
