// Builds the whole page: without JavaScript the crawler sees an empty <div id="app">.
document.addEventListener("DOMContentLoaded", () => {
  const app = document.getElementById("app");
  app.innerHTML = `
    <header><nav>
      <a href="/features">Features</a>
      <a href="/pricing">Pricing</a>
      <a href="/customers">Customers</a>
    </nav></header>
    <main>
      <h1>Dashboards your team will actually read</h1>
      <p>Connect your data and share live reports in minutes.</p>
      <a class="btn btn-primary" id="hero-cta" href="/signup">Start free trial</a>
      <form action="/newsletter" method="post">
        <label for="email">Email</label>
        <input id="email" name="email" type="email">
        <button type="submit">Subscribe</button>
      </form>
    </main>`;
});
