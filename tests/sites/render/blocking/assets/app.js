document.getElementById("injected").innerHTML = '<a href="/next">Next page</a>';
