// A consent wall: the store's content is only built once cookies were accepted.
function showPage() {
  document.getElementById("wall").hidden = true;
  document.getElementById("page").innerHTML = `
    <header><nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/contact">Contact</a></nav></header>
    <main><h1>Gear for the mountains</h1>
    <a class="btn btn-primary" href="/shop">Shop the sale</a></main>`;
}
if (document.cookie.includes("consent=yes")) {
  showPage();
} else {
  document.getElementById("wall").hidden = false;
  document.getElementById("accept").addEventListener("click", () => {
    document.cookie = "consent=yes; path=/";
    showPage();
  });
}
