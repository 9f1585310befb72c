// Remembers the operator's light/dark choice for the server's next first paint (HmiApp/Shell/ThemeCookie.cs).
window.hmiTheme = {
  remember(name, maxAgeSeconds) {
    document.cookie = `HmiTheme=${encodeURIComponent(name)}; path=/; max-age=${maxAgeSeconds}; samesite=strict`;
  },
};
