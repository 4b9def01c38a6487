(function() {
    var a, b, c, d, e, f = function(a, b) {
        return function() {
            return a.apply(b, arguments)
        }
    }, g = [].indexOf || function(a) {
        for (var b = 0, c = this.length; c > b; b++)
            if (b in this && this[b] === a)
                return b;
        return -1
    }
    ;
    b = function() {
        function a() {}
        return a.prototype.extend = function(a, b) {
            var c, d;
            for (c in b)
                d = b[c],
                null == a[c] && (a[c] = d);
            return a
        }
        ,
        a.prototype.isMobile = function(a) {
            return /Android|webOS|iPhone|iPad|iPod|BlackBerry|IEMobile|Opera Mini/i.test(a)
        }
        ,
        a.prototype.createEvent = function(a, b, c, d) {
            var e;
            return null == b && (b = !1),
            null == c && (c = !1),
            null == d && (d = null),
            null != document.createEvent ? (e = document.createEvent("CustomEvent"),
            e.initCustomEvent(a, b, c, d)) : null != document.createEventObject ? (e = document.createEventObject(),
            e.eventType = a) : e.eventName = a,
            e
        }
        ,
        a.prototype.emitEvent = function(a, b) {
            return null != a.dispatchEvent ? a.dispatchEvent(b) : b in (null != a) ? a[b]() : "on" + b in (null != a) ? a["on" + b]() : void 0
        }
        ,
        a.prototype.addEvent = function(a, b, c) {
            return null != a.addEventListener ? a.addEventListener(b, c, !1) : null != a.attachEvent ? a.attachEvent("on" + b, c) : a[b] = c
        }
        ,
        a.prototype.removeEvent = function(a, b, c) {
            return null != a.removeEventListener ? a.removeEventListener(b, c, !1) : null != a.detachEvent ? a.detachEvent("on" + b, c) : delete a[b]
        }
        ,
        a.prototype.innerHeight = function() {
            return "innerHeight"in window ? window.innerHeight : document.documentElement.clientHeight
        }
        ,
        a
    }(),
    c = this.WeakMap || this.MozWeakMap || (c = function() {
        function a() {
            this.keys = [],
            this.values = []
        }
        return a.prototype.get = function(a) {
            var b, c, d, e, f;
            for (f = this.keys,
            b = d = 0,
            e = f.length; e > d; b = ++d)
                if (c = f[b],
                c === a)
                    return this.values[b]
        }
        ,
        a.prototype.set = function(a, b) {
            var c, d, e, f, g;
            for (g = this.keys,
            c = e = 0,
            f = g.length; f > e; c = ++e)
                if (d = g[c],
                d === a)
                    return void (this.values[c] = b);
            return this.keys.push(a),
            this.values.push(b)
        }
        ,
        a
    }()),
    a = this.MutationObserver || this.WebkitMutationObserver || this.MozMutationObserver || (a = function() {
        function a() {
            "undefined" != typeof console && null !== console && console.warn("MutationObserver is not supported by your browser."),
            "undefined" != typeof console && null !== console && console.warn("WOW.js cannot detect dom mutations, please call .sync() after loading new content.")
        }
        return a.notSupported = !0,
        a.prototype.observe = function() {}
        ,
        a
    }()),
    d = this.getComputedStyle || function(a) {
        return this.getPropertyValue = function(b) {
            var c;
            return "float" === b && (b = "styleFloat"),
            e.test(b) && b.replace(e, function(a, b) {
                return b.toUpperCase()
            }),
            (null != (c = a.currentStyle) ? c[b] : void 0) || null
        }
        ,
        this
    }
    ,
    e = /(\-([a-z]){1})/g,
    this.WOW = function() {
        function e(a) {
            null == a && (a = {}),
            this.scrollCallback = f(this.scrollCallback, this),
            this.scrollHandler = f(this.scrollHandler, this),
            this.resetAnimation = f(this.resetAnimation, this),
            this.start = f(this.start, this),
            this.scrolled = !0,
            this.config = this.util().extend(a, this.defaults),
            this.animationNameCache = new c,
            this.wowEvent = this.util().createEvent(this.config.boxClass)
        }
        return e.prototype.defaults = {
            boxClass: "wow",
            animateClass: "animated",
            offset: 0,
            mobile: !0,
            live: !0,
            callback: null
        },
        e.prototype.init = function() {
            var a;
            return this.element = window.document.documentElement,
            "interactive" === (a = document.readyState) || "complete" === a ? this.start() : this.util().addEvent(document, "DOMContentLoaded", this.start),
            this.finished = []
        }
        ,
        e.prototype.start = function() {
            var b, c, d, e;
            if (this.stopped = !1,
            this.boxes = function() {
                var a, c, d, e;
                for (d = this.element.querySelectorAll("." + this.config.boxClass),
                e = [],
                a = 0,
                c = d.length; c > a; a++)
                    b = d[a],
                    e.push(b);
                return e
            }
            .call(this),
            this.all = function() {
                var a, c, d, e;
                for (d = this.boxes,
                e = [],
                a = 0,
                c = d.length; c > a; a++)
                    b = d[a],
                    e.push(b);
                return e
            }
            .call(this),
            this.boxes.length)
                if (this.disabled())
                    this.resetStyle();
                else
                    for (e = this.boxes,
                    c = 0,
                    d = e.length; d > c; c++)
                        b = e[c],
                        this.applyStyle(b, !0);
            return this.disabled() || (this.util().addEvent(window, "scroll", this.scrollHandler),
            this.util().addEvent(window, "resize", this.scrollHandler),
            this.interval = setInterval(this.scrollCallback, 50)),
            this.config.live ? new a(function(a) {
                return function(b) {
                    var c, d, e, f, g;
                    for (g = [],
                    c = 0,
                    d = b.length; d > c; c++)
                        f = b[c],
                        g.push(function() {
                            var a, b, c, d;
                            for (c = f.addedNodes || [],
                            d = [],
                            a = 0,
                            b = c.length; b > a; a++)
                                e = c[a],
                                d.push(this.doSync(e));
                            return d
                        }
                        .call(a));
                    return g
                }
            }(this)).observe(document.body, {
                childList: !0,
                subtree: !0
            }) : void 0
        }
        ,
        e.prototype.stop = function() {
            return this.stopped = !0,
            this.util().removeEvent(window, "scroll", this.scrollHandler),
            this.util().removeEvent(window, "resize", this.scrollHandler),
            null != this.interval ? clearInterval(this.interval) : void 0
        }
        ,
        e.prototype.sync = function() {
            return a.notSupported ? this.doSync(this.element) : void 0
        }
        ,
        e.prototype.doSync = function(a) {
            var b, c, d, e, f;
            if (null == a && (a = this.element),
            1 === a.nodeType) {
                for (a = a.parentNode || a,
                e = a.querySelectorAll("." + this.config.boxClass),
                f = [],
                c = 0,
                d = e.length; d > c; c++)
                    b = e[c],
                    g.call(this.all, b) < 0 ? (this.boxes.push(b),
                    this.all.push(b),
                    this.stopped || this.disabled() ? this.resetStyle() : this.applyStyle(b, !0),
                    f.push(this.scrolled = !0)) : f.push(void 0);
                return f
            }
        }
        ,
        e.prototype.show = function(a) {
            return this.applyStyle(a),
            a.className = a.className + " " + this.config.animateClass,
            null != this.config.callback && this.config.callback(a),
            this.util().emitEvent(a, this.wowEvent),
            this.util().addEvent(a, "animationend", this.resetAnimation),
            this.util().addEvent(a, "oanimationend", this.resetAnimation),
            this.util().addEvent(a, "webkitAnimationEnd", this.resetAnimation),
            this.util().addEvent(a, "MSAnimationEnd", this.resetAnimation),
            a
        }
        ,
        e.prototype.applyStyle = function(a, b) {
            var c, d, e;
            return d = a.getAttribute("data-wow-duration"),
            c = a.getAttribute("data-wow-delay"),
            e = a.getAttribute("data-wow-iteration"),
            this.animate(function(f) {
                return function() {
                    return f.customStyle(a, b, d, c, e)
                }
            }(this))
        }
        ,
        e.prototype.animate = function() {
            return "requestAnimationFrame"in window ? function(a) {
                return window.requestAnimationFrame(a)
            }
            : function(a) {
                return a()
            }
        }(),
        e.prototype.resetStyle = function() {
            var a, b, c, d, e;
            for (d = this.boxes,
            e = [],
            b = 0,
            c = d.length; c > b; b++)
                a = d[b],
                e.push(a.style.visibility = "visible");
            return e
        }
        ,
        e.prototype.resetAnimation = function(a) {
            var b;
            return a.type.toLowerCase().indexOf("animationend") >= 0 ? (b = a.target || a.srcElement,
            b.className = b.className.replace(this.config.animateClass, "").trim()) : void 0
        }
        ,
        e.prototype.customStyle = function(a, b, c, d, e) {
            return b && this.cacheAnimationName(a),
            a.style.visibility = b ? "hidden" : "visible",
            c && this.vendorSet(a.style, {
                animationDuration: c
            }),
            d && this.vendorSet(a.style, {
                animationDelay: d
            }),
            e && this.vendorSet(a.style, {
                animationIterationCount: e
            }),
            this.vendorSet(a.style, {
                animationName: b ? "none" : this.cachedAnimationName(a)
            }),
            a
        }
        ,
        e.prototype.vendors = ["moz", "webkit"],
        e.prototype.vendorSet = function(a, b) {
            var c, d, e, f;
            d = [];
            for (c in b)
                e = b[c],
                a["" + c] = e,
                d.push(function() {
                    var b, d, g, h;
                    for (g = this.vendors,
                    h = [],
                    b = 0,
                    d = g.length; d > b; b++)
                        f = g[b],
                        h.push(a["" + f + c.charAt(0).toUpperCase() + c.substr(1)] = e);
                    return h
                }
                .call(this));
            return d
        }
        ,
        e.prototype.vendorCSS = function(a, b) {
            var c, e, f, g, h, i;
            for (h = d(a),
            g = h.getPropertyCSSValue(b),
            f = this.vendors,
            c = 0,
            e = f.length; e > c; c++)
                i = f[c],
                g = g || h.getPropertyCSSValue("-" + i + "-" + b);
            return g
        }
        ,
        e.prototype.animationName = function(a) {
            var b;
            try {
                b = this.vendorCSS(a, "animation-name").cssText
            } catch (c) {
                b = d(a).getPropertyValue("animation-name")
            }
            return "none" === b ? "" : b
        }
        ,
        e.prototype.cacheAnimationName = function(a) {
            return this.animationNameCache.set(a, this.animationName(a))
        }
        ,
        e.prototype.cachedAnimationName = function(a) {
            return this.animationNameCache.get(a)
        }
        ,
        e.prototype.scrollHandler = function() {
            return this.scrolled = !0
        }
        ,
        e.prototype.scrollCallback = function() {
            var a;
            return !this.scrolled || (this.scrolled = !1,
            this.boxes = function() {
                var b, c, d, e;
                for (d = this.boxes,
                e = [],
                b = 0,
                c = d.length; c > b; b++)
                    a = d[b],
                    a && (this.isVisible(a) ? this.show(a) : e.push(a));
                return e
            }
            .call(this),
            this.boxes.length || this.config.live) ? void 0 : this.stop()
        }
        ,
        e.prototype.offsetTop = function(a) {
            for (var b; void 0 === a.offsetTop; )
                a = a.parentNode;
            for (b = a.offsetTop; a = a.offsetParent; )
                b += a.offsetTop;
            return b
        }
        ,
        e.prototype.isVisible = function(a) {
            var b, c, d, e, f;
            return c = a.getAttribute("data-wow-offset") || this.config.offset,
            f = window.pageYOffset,
            e = f + Math.min(this.element.clientHeight, this.util().innerHeight()) - c,
            d = this.offsetTop(a),
            b = d + a.clientHeight,
            e >= d && b >= f
        }
        ,
        e.prototype.util = function() {
            return null != this._util ? this._util : this._util = new b
        }
        ,
        e.prototype.disabled = function() {
            return !this.config.mobile && this.util().isMobile(navigator.userAgent)
        }
        ,
        e
    }()
}
).call(this);
!function(a) {
    "function" == typeof define && define.amd ? define(["jquery"], a) : a(jQuery)
}(function() {
    var a = {
        attr: function(a, b, c) {
            var d, e = {}, f = this.msieversion(), g = new RegExp("^" + b,"i");
            if ("undefined" == typeof a || "undefined" == typeof a[0])
                return {};
            for (var h in a[0].attributes)
                if (d = a[0].attributes[h],
                "undefined" != typeof d && null !== d && (!f || f >= 8 || d.specified) && g.test(d.name)) {
                    if ("undefined" != typeof c && new RegExp(c + "$","i").test(d.name))
                        return !0;
                    e[this.camelize(d.name.replace(b, ""))] = this.deserializeValue(d.value)
                }
            return "undefined" == typeof c ? e : !1
        },
        setAttr: function(a, b, c, d) {
            a[0].setAttribute(this.dasherize(b + c), String(d))
        },
        get: function(a, b) {
            for (var c = 0, d = (b || "").split("."); this.isObject(a) || this.isArray(a); )
                if (a = a[d[c++]],
                c === d.length)
                    return a;
            return void 0
        },
        hash: function(a) {
            return String(Math.random()).substring(2, a ? a + 2 : 9)
        },
        isArray: function(a) {
            return "[object Array]" === Object.prototype.toString.call(a)
        },
        isObject: function(a) {
            return a === Object(a)
        },
        deserializeValue: function(a) {
            var b;
            try {
                return a ? "true" == a || ("false" == a ? !1 : "null" == a ? null : isNaN(b = Number(a)) ? /^[\[\{]/.test(a) ? $.parseJSON(a) : a : b) : a
            } catch (c) {
                return a
            }
        },
        camelize: function(a) {
            return a.replace(/-+(.)?/g, function(a, b) {
                return b ? b.toUpperCase() : ""
            })
        },
        dasherize: function(a) {
            return a.replace(/::/g, "/").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").replace(/([a-z\d])([A-Z])/g, "$1_$2").replace(/_/g, "-").toLowerCase()
        },
        msieversion: function() {
            var a = window.navigator.userAgent
              , b = a.indexOf("MSIE ");
            return b > 0 || navigator.userAgent.match(/Trident.*rv\:11\./) ? parseInt(a.substring(b + 5, a.indexOf(".", b)), 10) : 0
        }
    }
      , b = {
        namespace: "data-parsley-",
        inputs: "input, textarea, select",
        excluded: "input[type=button], input[type=submit], input[type=reset], input[type=hidden]",
        priorityEnabled: !0,
        uiEnabled: !0,
        validationThreshold: 3,
        focus: "first",
        trigger: !1,
        errorClass: "parsley-error",
        successClass: "parsley-success",
        classHandler: function() {},
        errorsContainer: function() {},
        errorsWrapper: '<ul class="parsley-errors-list"></ul>',
        errorTemplate: "<li></li>"
    }
      , c = function() {};
    c.prototype = {
        asyncSupport: !1,
        actualizeOptions: function() {
            return this.options = this.OptionsFactory.get(this),
            this
        },
        validateThroughValidator: function(a, b, c) {
            return window.ParsleyValidator.validate.apply(window.ParsleyValidator, [a, b, c])
        },
        subscribe: function(a, b) {
            return $.listenTo(this, a.toLowerCase(), b),
            this
        },
        unsubscribe: function(a) {
            return $.unsubscribeTo(this, a.toLowerCase()),
            this
        },
        reset: function() {
            if ("ParsleyForm" !== this.__class__)
                return $.emit("parsley:field:reset", this);
            for (var a = 0; a < this.fields.length; a++)
                $.emit("parsley:field:reset", this.fields[a]);
            $.emit("parsley:form:reset", this)
        },
        destroy: function() {
            if ("ParsleyForm" !== this.__class__)
                return this.$element.removeData("Parsley"),
                this.$element.removeData("ParsleyFieldMultiple"),
                void $.emit("parsley:field:destroy", this);
            for (var a = 0; a < this.fields.length; a++)
                this.fields[a].destroy();
            this.$element.removeData("Parsley"),
            $.emit("parsley:form:destroy", this)
        }
    },
    function(a) {
        var b = function(a) {
            return this.__class__ = "Validator",
            this.__version__ = "0.5.8",
            this.options = a || {},
            this.bindingKey = this.options.bindingKey || "_validatorjsConstraint",
            this
        };
        b.prototype = {
            constructor: b,
            validate: function(a, b, c) {
                if ("string" != typeof a && "object" != typeof a)
                    throw new Error("You must validate an object or a string");
                return "string" == typeof a || g(a) ? this._validateString(a, b, c) : this.isBinded(a) ? this._validateBindedObject(a, b) : this._validateObject(a, b, c)
            },
            bind: function(a, b) {
                if ("object" != typeof a)
                    throw new Error("Must bind a Constraint to an object");
                return a[this.bindingKey] = new c(b),
                this
            },
            unbind: function(a) {
                return "undefined" == typeof a._validatorjsConstraint ? this : (delete a[this.bindingKey],
                this)
            },
            isBinded: function(a) {
                return "undefined" != typeof a[this.bindingKey]
            },
            getBinded: function(a) {
                return this.isBinded(a) ? a[this.bindingKey] : null
            },
            _validateString: function(a, b, c) {
                var f, h = [];
                g(b) || (b = [b]);
                for (var i = 0; i < b.length; i++) {
                    if (!(b[i]instanceof e))
                        throw new Error("You must give an Assert or an Asserts array to validate a string");
                    f = b[i].check(a, c),
                    f instanceof d && h.push(f)
                }
                return h.length ? h : !0
            },
            _validateObject: function(a, b, d) {
                if ("object" != typeof b)
                    throw new Error("You must give a constraint to validate an object");
                return b instanceof c ? b.check(a, d) : new c(b).check(a, d)
            },
            _validateBindedObject: function(a, b) {
                return a[this.bindingKey].check(a, b)
            }
        },
        b.errorCode = {
            must_be_a_string: "must_be_a_string",
            must_be_an_array: "must_be_an_array",
            must_be_a_number: "must_be_a_number",
            must_be_a_string_or_array: "must_be_a_string_or_array"
        };
        var c = function(a, b) {
            if (this.__class__ = "Constraint",
            this.options = b || {},
            this.nodes = {},
            a)
                try {
                    this._bootstrap(a)
                } catch (c) {
                    throw new Error("Should give a valid mapping object to Constraint",c,a)
                }
            return this
        };
        c.prototype = {
            constructor: c,
            check: function(a, b) {
                var c, d = {};
                for (var h in this.options.strict ? this.nodes : a)
                    if (this.options.strict ? this.has(h, a) : this.has(h))
                        c = this._check(h, a[h], b),
                        (g(c) && c.length > 0 || !g(c) && !f(c)) && (d[h] = c);
                    else if (this.options.strict)
                        try {
                            (new e).HaveProperty(h).validate(a)
                        } catch (i) {
                            d[h] = i
                        }
                return f(d) ? !0 : d
            },
            add: function(a, b) {
                if (b instanceof e || g(b) && b[0]instanceof e)
                    return this.nodes[a] = b,
                    this;
                if ("object" == typeof b && !g(b))
                    return this.nodes[a] = b instanceof c ? b : new c(b),
                    this;
                throw new Error("Should give an Assert, an Asserts array, a Constraint",b)
            },
            has: function(a, b) {
                return b = "undefined" != typeof b ? b : this.nodes,
                "undefined" != typeof b[a]
            },
            get: function(a, b) {
                return this.has(a) ? this.nodes[a] : b || null
            },
            remove: function(a) {
                var b = [];
                for (var c in this.nodes)
                    c !== a && (b[c] = this.nodes[c]);
                return this.nodes = b,
                this
            },
            _bootstrap: function(a) {
                if (a instanceof c)
                    return this.nodes = a.nodes;
                for (var b in a)
                    this.add(b, a[b])
            },
            _check: function(a, b, d) {
                if (this.nodes[a]instanceof e)
                    return this._checkAsserts(b, [this.nodes[a]], d);
                if (g(this.nodes[a]))
                    return this._checkAsserts(b, this.nodes[a], d);
                if (this.nodes[a]instanceof c)
                    return this.nodes[a].check(b, d);
                throw new Error("Invalid node",this.nodes[a])
            },
            _checkAsserts: function(a, b, c) {
                for (var d, e = [], f = 0; f < b.length; f++)
                    d = b[f].check(a, c),
                    "undefined" != typeof d && !0 !== d && e.push(d);
                return e
            }
        };
        var d = function(a, b, c) {
            if (this.__class__ = "Violation",
            !(a instanceof e))
                throw new Error("Should give an assertion implementing the Assert interface");
            this.assert = a,
            this.value = b,
            "undefined" != typeof c && (this.violation = c)
        };
        d.prototype = {
            show: function() {
                var a = {
                    assert: this.assert.__class__,
                    value: this.value
                };
                return this.violation && (a.violation = this.violation),
                a
            },
            __toString: function() {
                return "undefined" != typeof this.violation && (this.violation = '", ' + this.getViolation().constraint + " expected was " + this.getViolation().expected),
                this.assert.__class__ + ' assert failed for "' + this.value + this.violation || ""
            },
            getViolation: function() {
                var a, b;
                for (a in this.violation)
                    b = this.violation[a];
                return {
                    constraint: a,
                    expected: b
                }
            }
        };
        var e = function(a) {
            return this.__class__ = "Assert",
            this.__parentClass__ = this.__class__,
            this.groups = [],
            "undefined" != typeof a && this.addGroup(a),
            this
        };
        e.prototype = {
            construct: e,
            check: function(a, b) {
                if (!(b && !this.hasGroup(b) || !b && this.hasGroups()))
                    try {
                        return this.validate(a, b)
                    } catch (c) {
                        return c
                    }
            },
            hasGroup: function(a) {
                return g(a) ? this.hasOneOf(a) : "Any" === a ? !0 : this.hasGroups() ? -1 !== this.groups.indexOf(a) : "Default" === a
            },
            hasOneOf: function(a) {
                for (var b = 0; b < a.length; b++)
                    if (this.hasGroup(a[b]))
                        return !0;
                return !1
            },
            hasGroups: function() {
                return this.groups.length > 0
            },
            addGroup: function(a) {
                return g(a) ? this.addGroups(a) : (this.hasGroup(a) || this.groups.push(a),
                this)
            },
            removeGroup: function(a) {
                for (var b = [], c = 0; c < this.groups.length; c++)
                    a !== this.groups[c] && b.push(this.groups[c]);
                return this.groups = b,
                this
            },
            addGroups: function(a) {
                for (var b = 0; b < a.length; b++)
                    this.addGroup(a[b]);
                return this
            },
            HaveProperty: function(a) {
                return this.__class__ = "HaveProperty",
                this.node = a,
                this.validate = function(a) {
                    if ("undefined" == typeof a[this.node])
                        throw new d(this,a,{
                            value: this.node
                        });
                    return !0
                }
                ,
                this
            },
            Blank: function() {
                return this.__class__ = "Blank",
                this.validate = function(a) {
                    if ("string" != typeof a)
                        throw new d(this,a,{
                            value: b.errorCode.must_be_a_string
                        });
                    if ("" !== a.replace(/^\s+/g, "").replace(/\s+$/g, ""))
                        throw new d(this,a);
                    return !0
                }
                ,
                this
            },
            Callback: function(a) {
                if (this.__class__ = "Callback",
                this.arguments = Array.prototype.slice.call(arguments),
                1 === this.arguments.length ? this.arguments = [] : this.arguments.splice(0, 1),
                "function" != typeof a)
                    throw new Error("Callback must be instanciated with a function");
                return this.fn = a,
                this.validate = function(a) {
                    var b = this.fn.apply(this, [a].concat(this.arguments));
                    if (!0 !== b)
                        throw new d(this,a,{
                            result: b
                        });
                    return !0
                }
                ,
                this
            },
            Choice: function(a) {
                if (this.__class__ = "Choice",
                !g(a) && "function" != typeof a)
                    throw new Error("Choice must be instanciated with an array or a function");
                return this.list = a,
                this.validate = function(a) {
                    for (var b = "function" == typeof this.list ? this.list() : this.list, c = 0; c < b.length; c++)
                        if (a === b[c])
                            return !0;
                    throw new d(this,a,{
                        choices: b
                    })
                }
                ,
                this
            },
            Collection: function(a) {
                return this.__class__ = "Collection",
                this.constraint = "undefined" != typeof a ? new c(a) : !1,
                this.validate = function(a, c) {
                    var e, h = new b, i = 0, j = {}, k = this.groups.length ? this.groups : c;
                    if (!g(a))
                        throw new d(this,array,{
                            value: b.errorCode.must_be_an_array
                        });
                    for (var l = 0; l < a.length; l++)
                        e = this.constraint ? h.validate(a[l], this.constraint, k) : h.validate(a[l], k),
                        f(e) || (j[i] = e),
                        i++;
                    return f(j) ? !0 : j
                }
                ,
                this
            },
            Count: function(a) {
                return this.__class__ = "Count",
                this.count = a,
                this.validate = function(a) {
                    if (!g(a))
                        throw new d(this,a,{
                            value: b.errorCode.must_be_an_array
                        });
                    var c = "function" == typeof this.count ? this.count(a) : this.count;
                    if (isNaN(Number(c)))
                        throw new Error("Count must be a valid interger",c);
                    if (c !== a.length)
                        throw new d(this,a,{
                            count: c
                        });
                    return !0
                }
                ,
                this
            },
            Email: function() {
                return this.__class__ = "Email",
                this.validate = function(a) {
                    var c = /^((([a-z]|\d|[!#\$%&'\*\+\-\/=\?\^_`{\|}~]|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])+(\.([a-z]|\d|[!#\$%&'\*\+\-\/=\?\^_`{\|}~]|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])+)*)|((\x22)((((\x20|\x09)*(\x0d\x0a))?(\x20|\x09)+)?(([\x01-\x08\x0b\x0c\x0e-\x1f\x7f]|\x21|[\x23-\x5b]|[\x5d-\x7e]|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])|(\\([\x01-\x09\x0b\x0c\x0d-\x7f]|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]))))*(((\x20|\x09)*(\x0d\x0a))?(\x20|\x09)+)?(\x22)))@((([a-z]|\d|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])|(([a-z]|\d|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])([a-z]|\d|-|\.|_|~|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])*([a-z]|\d|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])))\.)+(([a-z]|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])|(([a-z]|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])([a-z]|\d|-|\.|_|~|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])*([a-z]|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])))$/i;
                    if ("string" != typeof a)
                        throw new d(this,a,{
                            value: b.errorCode.must_be_a_string
                        });
                    if (!c.test(a))
                        throw new d(this,a);
                    return !0
                }
                ,
                this
            },
            Eql: function(a) {
                if (this.__class__ = "Eql",
                "undefined" == typeof a)
                    throw new Error("Equal must be instanciated with an Array or an Object");
                return this.eql = a,
                this.validate = function(a) {
                    var b = "function" == typeof this.eql ? this.eql(a) : this.eql;
                    if (!h.eql(b, a))
                        throw new d(this,a,{
                            eql: b
                        });
                    return !0
                }
                ,
                this
            },
            EqualTo: function(a) {
                if (this.__class__ = "EqualTo",
                "undefined" == typeof a)
                    throw new Error("EqualTo must be instanciated with a value or a function");
                return this.reference = a,
                this.validate = function(a) {
                    var b = "function" == typeof this.reference ? this.reference(a) : this.reference;
                    if (b !== a)
                        throw new d(this,a,{
                            value: b
                        });
                    return !0
                }
                ,
                this
            },
            GreaterThan: function(a) {
                if (this.__class__ = "GreaterThan",
                "undefined" == typeof a)
                    throw new Error("Should give a threshold value");
                return this.threshold = a,
                this.validate = function(a) {
                    if ("" === a || isNaN(Number(a)))
                        throw new d(this,a,{
                            value: b.errorCode.must_be_a_number
                        });
                    if (this.threshold >= a)
                        throw new d(this,a,{
                            threshold: this.threshold
                        });
                    return !0
                }
                ,
                this
            },
            GreaterThanOrEqual: function(a) {
                if (this.__class__ = "GreaterThanOrEqual",
                "undefined" == typeof a)
                    throw new Error("Should give a threshold value");
                return this.threshold = a,
                this.validate = function(a) {
                    if ("" === a || isNaN(Number(a)))
                        throw new d(this,a,{
                            value: b.errorCode.must_be_a_number
                        });
                    if (this.threshold > a)
                        throw new d(this,a,{
                            threshold: this.threshold
                        });
                    return !0
                }
                ,
                this
            },
            InstanceOf: function(a) {
                if (this.__class__ = "InstanceOf",
                "undefined" == typeof a)
                    throw new Error("InstanceOf must be instanciated with a value");
                return this.classRef = a,
                this.validate = function(a) {
                    if (!0 != a instanceof this.classRef)
                        throw new d(this,a,{
                            classRef: this.classRef
                        });
                    return !0
                }
                ,
                this
            },
            IPv4: function() {
                return this.__class__ = "IPv4",
                this.validate = function(a) {
                    var c = /^(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)$/;
                    if ("string" != typeof a)
                        throw new d(this,a,{
                            value: b.errorCode.must_be_a_string
                        });
                    if (!c.test(a))
                        throw new d(this,a);
                    return !0
                }
                ,
                this
            },
            Length: function(a) {
                if (this.__class__ = "Length",
                !a.min && !a.max)
                    throw new Error("Lenth assert must be instanciated with a { min: x, max: y } object");
                return this.min = a.min,
                this.max = a.max,
                this.validate = function(a) {
                    if ("string" != typeof a && !g(a))
                        throw new d(this,a,{
                            value: b.errorCode.must_be_a_string_or_array
                        });
                    if ("undefined" != typeof this.min && this.min === this.max && a.length !== this.min)
                        throw new d(this,a,{
                            min: this.min,
                            max: this.max
                        });
                    if ("undefined" != typeof this.max && a.length > this.max)
                        throw new d(this,a,{
                            max: this.max
                        });
                    if ("undefined" != typeof this.min && a.length < this.min)
                        throw new d(this,a,{
                            min: this.min
                        });
                    return !0
                }
                ,
                this
            },
            LessThan: function(a) {
                if (this.__class__ = "LessThan",
                "undefined" == typeof a)
                    throw new Error("Should give a threshold value");
                return this.threshold = a,
                this.validate = function(a) {
                    if ("" === a || isNaN(Number(a)))
                        throw new d(this,a,{
                            value: b.errorCode.must_be_a_number
                        });
                    if (this.threshold <= a)
                        throw new d(this,a,{
                            threshold: this.threshold
                        });
                    return !0
                }
                ,
                this
            },
            LessThanOrEqual: function(a) {
                if (this.__class__ = "LessThanOrEqual",
                "undefined" == typeof a)
                    throw new Error("Should give a threshold value");
                return this.threshold = a,
                this.validate = function(a) {
                    if ("" === a || isNaN(Number(a)))
                        throw new d(this,a,{
                            value: b.errorCode.must_be_a_number
                        });
                    if (this.threshold < a)
                        throw new d(this,a,{
                            threshold: this.threshold
                        });
                    return !0
                }
                ,
                this
            },
            Mac: function() {
                return this.__class__ = "Mac",
                this.validate = function(a) {
                    var c = /^(?:[0-9A-F]{2}:){5}[0-9A-F]{2}$/i;
                    if ("string" != typeof a)
                        throw new d(this,a,{
                            value: b.errorCode.must_be_a_string
                        });
                    if (!c.test(a))
                        throw new d(this,a);
                    return !0
                }
                ,
                this
            },
            NotNull: function() {
                return this.__class__ = "NotNull",
                this.validate = function(a) {
                    if (null === a || "undefined" == typeof a)
                        throw new d(this,a);
                    return !0
                }
                ,
                this
            },
            NotBlank: function() {
                return this.__class__ = "NotBlank",
                this.validate = function(a) {
                    if ("string" != typeof a)
                        throw new d(this,a,{
                            value: b.errorCode.must_be_a_string
                        });
                    if ("" === a.replace(/^\s+/g, "").replace(/\s+$/g, ""))
                        throw new d(this,a);
                    return !0
                }
                ,
                this
            },
            Null: function() {
                return this.__class__ = "Null",
                this.validate = function(a) {
                    if (null !== a)
                        throw new d(this,a);
                    return !0
                }
                ,
                this
            },
            Range: function(a, b) {
                if (this.__class__ = "Range",
                "undefined" == typeof a || "undefined" == typeof b)
                    throw new Error("Range assert expects min and max values");
                return this.min = a,
                this.max = b,
                this.validate = function(a) {
                    try {
                        return "string" == typeof a && isNaN(Number(a)) || g(a) ? (new e).Length({
                            min: this.min,
                            max: this.max
                        }).validate(a) : (new e).GreaterThanOrEqual(this.min).validate(a) && (new e).LessThanOrEqual(this.max).validate(a),
                        !0
                    } catch (b) {
                        throw new d(this,a,b.violation)
                    }
                    return !0
                }
                ,
                this
            },
            Regexp: function(a, c) {
                if (this.__class__ = "Regexp",
                "undefined" == typeof a)
                    throw new Error("You must give a regexp");
                return this.regexp = a,
                this.flag = c || "",
                this.validate = function(a) {
                    if ("string" != typeof a)
                        throw new d(this,a,{
                            value: b.errorCode.must_be_a_string
                        });
                    if (!new RegExp(this.regexp,this.flag).test(a))
                        throw new d(this,a,{
                            regexp: this.regexp,
                            flag: this.flag
                        });
                    return !0
                }
                ,
                this
            },
            Required: function() {
                return this.__class__ = "Required",
                this.validate = function(a) {
                    if ("undefined" == typeof a)
                        throw new d(this,a);
                    try {
                        "string" == typeof a ? (new e).NotNull().validate(a) && (new e).NotBlank().validate(a) : !0 === g(a) && (new e).Length({
                            min: 1
                        }).validate(a)
                    } catch (b) {
                        throw new d(this,a)
                    }
                    return !0
                }
                ,
                this
            },
            Unique: function(a) {
                return this.__class__ = "Unique",
                "object" == typeof a && (this.key = a.key),
                this.validate = function(a) {
                    var c, e = [];
                    if (!g(a))
                        throw new d(this,a,{
                            value: b.errorCode.must_be_an_array
                        });
                    for (var f = 0; f < a.length; f++)
                        if (c = "object" == typeof a[f] ? a[f][this.key] : a[f],
                        "undefined" != typeof c) {
                            if (-1 !== e.indexOf(c))
                                throw new d(this,a,{
                                    value: c
                                });
                            e.push(c)
                        }
                    return !0
                }
                ,
                this
            }
        },
        a.Assert = e,
        a.Validator = b,
        a.Violation = d,
        a.Constraint = c,
        Array.prototype.indexOf || (Array.prototype.indexOf = function(a) {
            if (null === this)
                throw new TypeError;
            var b = Object(this)
              , c = b.length >>> 0;
            if (0 === c)
                return -1;
            var d = 0;
            if (arguments.length > 1 && (d = Number(arguments[1]),
            d != d ? d = 0 : 0 !== d && 1 / 0 != d && d != -1 / 0 && (d = (d > 0 || -1) * Math.floor(Math.abs(d)))),
            d >= c)
                return -1;
            for (var e = d >= 0 ? d : Math.max(c - Math.abs(d), 0); c > e; e++)
                if (e in b && b[e] === a)
                    return e;
            return -1
        }
        );
        var f = function(a) {
            for (var b in a)
                return !1;
            return !0
        }
          , g = function(a) {
            return "[object Array]" === Object.prototype.toString.call(a)
        }
          , h = {
            eql: function(a, b) {
                if (a === b)
                    return !0;
                if ("undefined" != typeof Buffer && Buffer.isBuffer(a) && Buffer.isBuffer(b)) {
                    if (a.length !== b.length)
                        return !1;
                    for (var c = 0; c < a.length; c++)
                        if (a[c] !== b[c])
                            return !1;
                    return !0
                }
                return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : "object" != typeof a && "object" != typeof b ? a == b : this.objEquiv(a, b)
            },
            isUndefinedOrNull: function(a) {
                return null === a || "undefined" == typeof a
            },
            isArguments: function(a) {
                return "[object Arguments]" == Object.prototype.toString.call(a)
            },
            keys: function(a) {
                if (Object.keys)
                    return Object.keys(a);
                var b = [];
                for (var c in a)
                    Object.prototype.hasOwnProperty.call(a, c) && b.push(c);
                return b
            },
            objEquiv: function(a, b) {
                if (this.isUndefinedOrNull(a) || this.isUndefinedOrNull(b))
                    return !1;
                if (a.prototype !== b.prototype)
                    return !1;
                if (this.isArguments(a))
                    return this.isArguments(b) ? eql(pSlice.call(a), pSlice.call(b)) : !1;
                try {
                    var c, d, e = this.keys(a), f = this.keys(b);
                    if (e.length !== f.length)
                        return !1;
                    for (e.sort(),
                    f.sort(),
                    d = e.length - 1; d >= 0; d--)
                        if (e[d] != f[d])
                            return !1;
                    for (d = e.length - 1; d >= 0; d--)
                        if (c = e[d],
                        !this.eql(a[c], b[c]))
                            return !1;
                    return !0
                } catch (g) {
                    return !1
                }
            }
        };
        "function" == typeof define && define.amd && define("validator", [], function() {
            return a
        })
    }("undefined" == typeof exports ? this["undefined" != typeof validatorjs_ns ? validatorjs_ns : "Validator"] = {} : exports);
    var d = function(a, b) {
        this.__class__ = "ParsleyValidator",
        this.Validator = Validator,
        this.locale = "en",
        this.init(a || {}, b || {})
    };
    d.prototype = {
        init: function(a, b) {
            this.catalog = b;
            for (var c in a)
                this.addValidator(c, a[c].fn, a[c].priority, a[c].requirementsTransformer);
            $.emit("parsley:validator:init")
        },
        setLocale: function(a) {
            if ("undefined" == typeof this.catalog[a])
                throw new Error(a + " is not available in the catalog");
            return this.locale = a,
            this
        },
        addCatalog: function(a, b, c) {
            return "object" == typeof b && (this.catalog[a] = b),
            !0 === c ? this.setLocale(a) : this
        },
        addMessage: function(a, b, c) {
            return void 0 === typeof this.catalog[a] && (this.catalog[a] = {}),
            this.catalog[a][b.toLowerCase()] = c,
            this
        },
        validate: function() {
            return (new this.Validator.Validator).validate.apply(new Validator.Validator, arguments)
        },
        addValidator: function(a, b, c, d) {
            return this.validators[a.toLowerCase()] = function(a) {
                return $.extend((new Validator.Assert).Callback(b, a), {
                    priority: c,
                    requirementsTransformer: d
                })
            }
            ,
            this
        },
        updateValidator: function(a, b, c, d) {
            return this.addValidator(a, b, c, d)
        },
        removeValidator: function(a) {
            return delete this.validators[a],
            this
        },
        getErrorMessage: function(a) {
            var b;
            return b = "type" === a.name ? this.catalog[this.locale][a.name][a.requirements] : this.formatMessage(this.catalog[this.locale][a.name], a.requirements),
            "" !== b ? b : this.catalog[this.locale].defaultMessage
        },
        formatMessage: function(a, b) {
            if ("object" == typeof b) {
                for (var c in b)
                    a = this.formatMessage(a, b[c]);
                return a
            }
            return "string" == typeof a ? a.replace(new RegExp("%s","i"), b) : ""
        },
        validators: {
            notblank: function() {
                return $.extend((new Validator.Assert).NotBlank(), {
                    priority: 2
                })
            },
            required: function() {
                return $.extend((new Validator.Assert).Required(), {
                    priority: 512
                })
            },
            type: function(a) {
                var b;
                switch (a) {
                case "email":
                    b = (new Validator.Assert).Email();
                    break;
                case "range":
                case "number":
                    b = (new Validator.Assert).Regexp("^-?(?:\\d+|\\d{1,3}(?:,\\d{3})+)?(?:\\.\\d+)?$");
                    break;
                case "integer":
                    b = (new Validator.Assert).Regexp("^-?\\d+$");
                    break;
                case "digits":
                    b = (new Validator.Assert).Regexp("^\\d+$");
                    break;
                case "alphanum":
                    b = (new Validator.Assert).Regexp("^\\w+$", "i");
                    break;
                case "url":
                    b = (new Validator.Assert).Regexp("(https?:\\/\\/)?(www\\.)?[-a-zA-Z0-9@:%._\\+~#=]{2,256}\\.[a-z]{2,4}\\b([-a-zA-Z0-9@:%_\\+.~#?&//=]*)", "i");
                    break;
                default:
                    throw new Error("validator type `" + a + "` is not supported")
                }
                return $.extend(b, {
                    priority: 256
                })
            },
            pattern: function(a) {
                var b = "";
                return /^\/.*\/(?:[gimy]*)$/.test(a) && (b = a.replace(/.*\/([gimy]*)$/, "$1"),
                a = a.replace(new RegExp("^/(.*?)/" + b + "$"), "$1")),
                $.extend((new Validator.Assert).Regexp(a, b), {
                    priority: 64
                })
            },
            minlength: function(a) {
                return $.extend((new Validator.Assert).Length({
                    min: a
                }), {
                    priority: 30,
                    requirementsTransformer: function() {
                        return "string" != typeof a || isNaN(a) ? a : parseInt(a, 10)
                    }
                })
            },
            maxlength: function(a) {
                return $.extend((new Validator.Assert).Length({
                    max: a
                }), {
                    priority: 30,
                    requirementsTransformer: function() {
                        return "string" != typeof a || isNaN(a) ? a : parseInt(a, 10)
                    }
                })
            },
            length: function(a) {
                return $.extend((new Validator.Assert).Length({
                    min: a[0],
                    max: a[1]
                }), {
                    priority: 32
                })
            },
            mincheck: function(a) {
                return this.minlength(a)
            },
            maxcheck: function(a) {
                return this.maxlength(a)
            },
            check: function(a) {
                return this.length(a)
            },
            min: function(a) {
                return $.extend((new Validator.Assert).GreaterThanOrEqual(a), {
                    priority: 30,
                    requirementsTransformer: function() {
                        return "string" != typeof a || isNaN(a) ? a : parseInt(a, 10)
                    }
                })
            },
            max: function(a) {
                return $.extend((new Validator.Assert).LessThanOrEqual(a), {
                    priority: 30,
                    requirementsTransformer: function() {
                        return "string" != typeof a || isNaN(a) ? a : parseInt(a, 10)
                    }
                })
            },
            range: function(a) {
                return $.extend((new Validator.Assert).Range(a[0], a[1]), {
                    priority: 32,
                    requirementsTransformer: function() {
                        for (var b = 0; b < a.length; b++)
                            a[b] = "string" != typeof a[b] || isNaN(a[b]) ? a[b] : parseInt(a[b], 10);
                        return a
                    }
                })
            },
            equalto: function(a) {
                return $.extend((new Validator.Assert).EqualTo(a), {
                    priority: 256,
                    requirementsTransformer: function() {
                        return $(a).length ? $(a).val() : a
                    }
                })
            }
        }
    };
    var e = function() {
        this.__class__ = "ParsleyUI"
    };
    e.prototype = {
        listen: function() {
            return $.listen("parsley:form:init", this, this.setupForm),
            $.listen("parsley:field:init", this, this.setupField),
            $.listen("parsley:field:validated", this, this.reflow),
            $.listen("parsley:form:validated", this, this.focus),
            $.listen("parsley:field:reset", this, this.reset),
            $.listen("parsley:form:destroy", this, this.destroy),
            $.listen("parsley:field:destroy", this, this.destroy),
            this
        },
        reflow: function(a) {
            if ("undefined" != typeof a._ui && !1 !== a._ui.active) {
                var b = this._diff(a.validationResult, a._ui.lastValidationResult);
                a._ui.lastValidationResult = a.validationResult,
                a._ui.validatedOnce = !0,
                this.manageStatusClass(a),
                this.manageErrorsMessages(a, b),
                this.actualizeTriggers(a),
                (b.kept.length || b.added.length) && "undefined" == typeof a._ui.failedOnce && this.manageFailingFieldTrigger(a)
            }
        },
        getErrorsMessages: function(a) {
            if (!0 === a.validationResult)
                return [];
            for (var b = [], c = 0; c < a.validationResult.length; c++)
                b.push(this._getErrorMessage(a, a.validationResult[c].assert));
            return b
        },
        manageStatusClass: function(a) {
            !0 === a.validationResult ? this._successClass(a) : a.validationResult.length > 0 ? this._errorClass(a) : this._resetClass(a)
        },
        manageErrorsMessages: function(a, b) {
            if ("undefined" == typeof a.options.errorsMessagesDisabled) {
                if ("undefined" != typeof a.options.errorMessage)
                    return b.added.length || b.kept.length ? (0 === a._ui.$errorsWrapper.find(".parsley-custom-error-message").length && a._ui.$errorsWrapper.append($(a.options.errorTemplate).addClass("parsley-custom-error-message")),
                    a._ui.$errorsWrapper.addClass("filled").find(".parsley-custom-error-message").html(a.options.errorMessage)) : a._ui.$errorsWrapper.removeClass("filled").find(".parsley-custom-error-message").remove();
                for (var c = 0; c < b.removed.length; c++)
                    this.removeError(a, b.removed[c].assert.name, !0);
                for (c = 0; c < b.added.length; c++)
                    this.addError(a, b.added[c].assert.name, void 0, b.added[c].assert, !0);
                for (c = 0; c < b.kept.length; c++)
                    this.updateError(a, b.kept[c].assert.name, void 0, b.kept[c].assert, !0)
            }
        },
        addError: function(a, b, c, d, e) {
            a._ui.$errorsWrapper.addClass("filled").append($(a.options.errorTemplate).addClass("parsley-" + b).html(c || this._getErrorMessage(a, d))),
            !0 !== e && this._errorClass(a)
        },
        updateError: function(a, b, c, d, e) {
            a._ui.$errorsWrapper.addClass("filled").find(".parsley-" + b).html(c || this._getErrorMessage(a, d)),
            !0 !== e && this._errorClass(a)
        },
        removeError: function(a, b, c) {
            a._ui.$errorsWrapper.removeClass("filled").find(".parsley-" + b).remove(),
            !0 !== c && this.manageStatusClass(a)
        },
        focus: function(a) {
            if (!0 === a.validationResult || "none" === a.options.focus)
                return a._focusedField = null;
            a._focusedField = null;
            for (var b = 0; b < a.fields.length; b++)
                if (!0 !== a.fields[b].validationResult && a.fields[b].validationResult.length > 0 && "undefined" == typeof a.fields[b].options.noFocus) {
                    if ("first" === a.options.focus)
                        return a._focusedField = a.fields[b].$element,
                        a._focusedField.focus();
                    a._focusedField = a.fields[b].$element
                }
            return null === a._focusedField ? null : a._focusedField.focus()
        },
        _getErrorMessage: function(a, b) {
            var c = b.name + "Message";
            return "undefined" != typeof a.options[c] ? window.ParsleyValidator.formatMessage(a.options[c], b.requirements) : window.ParsleyValidator.getErrorMessage(b)
        },
        _diff: function(a, b, c) {
            for (var d = [], e = [], f = 0; f < a.length; f++) {
                for (var g = !1, h = 0; h < b.length; h++)
                    if (a[f].assert.name === b[h].assert.name) {
                        g = !0;
                        break
                    }
                g ? e.push(a[f]) : d.push(a[f])
            }
            return {
                kept: e,
                added: d,
                removed: c ? [] : this._diff(b, a, !0).added
            }
        },
        setupForm: function(a) {
            a.$element.on("submit.Parsley", !1, $.proxy(a.onSubmitValidate, a)),
            !1 !== a.options.uiEnabled && a.$element.attr("novalidate", "")
        },
        setupField: function(a) {
            var b = {
                active: !1
            };
            !1 !== a.options.uiEnabled && (b.active = !0,
            a.$element.attr(a.options.namespace + "id", a.__id__),
            b.$errorClassHandler = this._manageClassHandler(a),
            b.errorsWrapperId = "parsley-id-" + ("undefined" != typeof a.options.multiple ? "multiple-" + a.options.multiple : a.__id__),
            b.$errorsWrapper = $(a.options.errorsWrapper).attr("id", b.errorsWrapperId),
            b.lastValidationResult = [],
            b.validatedOnce = !1,
            b.validationInformationVisible = !1,
            a._ui = b,
            this._insertErrorWrapper(a),
            this.actualizeTriggers(a))
        },
        _manageClassHandler: function(a) {
            if ("string" == typeof a.options.classHandler && $(a.options.classHandler).length)
                return $(a.options.classHandler);
            var b = a.options.classHandler(a);
            return "undefined" != typeof b && b.length ? b : "undefined" == typeof a.options.multiple || a.$element.is("select") ? a.$element : a.$element.parent()
        },
        _insertErrorWrapper: function(a) {
            var b;
            if ("string" == typeof a.options.errorsContainer) {
                if ($(a.options.errorsContainer).length)
                    return $(a.options.errorsContainer).append(a._ui.$errorsWrapper);
                window.console && window.console.warn && window.console.warn("The errors container `" + a.options.errorsContainer + "` does not exist in DOM")
            } else
                "function" == typeof a.options.errorsContainer && (b = a.options.errorsContainer(a));
            return "undefined" != typeof b && b.length ? b.append(a._ui.$errorsWrapper) : "undefined" == typeof a.options.multiple ? a.$element.after(a._ui.$errorsWrapper) : a.$element.parent().after(a._ui.$errorsWrapper)
        },
        actualizeTriggers: function(a) {
            var b = this;
            if (a.options.multiple ? $("[" + a.options.namespace + 'multiple="' + a.options.multiple + '"]').each(function() {
                $(this).off(".Parsley")
            }) : a.$element.off(".Parsley"),
            !1 !== a.options.trigger) {
                var c = a.options.trigger.replace(/^\s+/g, "").replace(/\s+$/g, "");
                "" !== c && (a.options.multiple ? $("[" + a.options.namespace + 'multiple="' + a.options.multiple + '"]').each(function() {
                    $(this).on(c.split(" ").join(".Parsley ") + ".Parsley", !1, $.proxy("function" == typeof a.eventValidate ? a.eventValidate : b.eventValidate, a))
                }) : a.$element.on(c.split(" ").join(".Parsley ") + ".Parsley", !1, $.proxy("function" == typeof a.eventValidate ? a.eventValidate : this.eventValidate, a)))
            }
        },
        eventValidate: function(a) {
            new RegExp("key").test(a.type) && !this._ui.validationInformationVisible && this.getValue().length <= this.options.validationThreshold || (this._ui.validatedOnce = !0,
            this.validate())
        },
        manageFailingFieldTrigger: function(a) {
            return a._ui.failedOnce = !0,
            a.options.multiple && $("[" + a.options.namespace + 'multiple="' + a.options.multiple + '"]').each(function() {
                return new RegExp("change","i").test($(this).parsley().options.trigger || "") ? void 0 : $(this).on("change.ParsleyFailedOnce", !1, $.proxy(a.validate, a))
            }),
            a.$element.is("select") && !new RegExp("change","i").test(a.options.trigger || "") ? a.$element.on("change.ParsleyFailedOnce", !1, $.proxy(a.validate, a)) : new RegExp("keyup","i").test(a.options.trigger || "") ? void 0 : a.$element.on("keyup.ParsleyFailedOnce", !1, $.proxy(a.validate, a))
        },
        reset: function(a) {
            a.$element.off(".Parsley"),
            a.$element.off(".ParsleyFailedOnce"),
            "undefined" != typeof a._ui && "ParsleyForm" !== a.__class__ && (a._ui.$errorsWrapper.children().each(function() {
                $(this).remove()
            }),
            this._resetClass(a),
            a._ui.validatedOnce = !1,
            a._ui.lastValidationResult = [],
            a._ui.validationInformationVisible = !1)
        },
        destroy: function(a) {
            this.reset(a),
            "ParsleyForm" !== a.__class__ && ("undefined" != typeof a._ui && a._ui.$errorsWrapper.remove(),
            delete a._ui)
        },
        _successClass: function(a) {
            a._ui.validationInformationVisible = !0,
            a._ui.$errorClassHandler.removeClass(a.options.errorClass).addClass(a.options.successClass)
        },
        _errorClass: function(a) {
            a._ui.validationInformationVisible = !0,
            a._ui.$errorClassHandler.removeClass(a.options.successClass).addClass(a.options.errorClass)
        },
        _resetClass: function(a) {
            a._ui.$errorClassHandler.removeClass(a.options.successClass).removeClass(a.options.errorClass)
        }
    };
    var f = function(b, c, d, e) {
        this.__class__ = "OptionsFactory",
        this.__id__ = a.hash(4),
        this.formOptions = null,
        this.fieldOptions = null,
        this.staticOptions = $.extend(!0, {}, b, c, d, {
            namespace: e
        })
    };
    f.prototype = {
        get: function(a) {
            if ("undefined" == typeof a.__class__)
                throw new Error("Parsley Instance expected");
            switch (a.__class__) {
            case "Parsley":
                return this.staticOptions;
            case "ParsleyForm":
                return this.getFormOptions(a);
            case "ParsleyField":
            case "ParsleyFieldMultiple":
                return this.getFieldOptions(a);
            default:
                throw new Error("Instance " + a.__class__ + " is not supported")
            }
        },
        getFormOptions: function(b) {
            return this.formOptions = a.attr(b.$element, this.staticOptions.namespace),
            $.extend({}, this.staticOptions, this.formOptions)
        },
        getFieldOptions: function(b) {
            return this.fieldOptions = a.attr(b.$element, this.staticOptions.namespace),
            null === this.formOptions && "undefined" != typeof b.parent && (this.formOptions = this.getFormOptions(b.parent)),
            $.extend({}, this.staticOptions, this.formOptions, this.fieldOptions)
        }
    };
    var g = function(b, c) {
        if (this.__class__ = "ParsleyForm",
        this.__id__ = a.hash(4),
        "OptionsFactory" !== a.get(c, "__class__"))
            throw new Error("You must give an OptionsFactory instance");
        this.OptionsFactory = c,
        this.$element = $(b),
        this.validationResult = null,
        this.options = this.OptionsFactory.get(this)
    };
    g.prototype = {
        onSubmitValidate: function(a) {
            return this.validate(void 0, void 0, a),
            !1 === this.validationResult && a instanceof $.Event && (a.stopImmediatePropagation(),
            a.preventDefault()),
            this
        },
        validate: function(a, b, c) {
            this.submitEvent = c,
            this.validationResult = !0;
            var d = [];
            this._refreshFields(),
            $.emit("parsley:form:validate", this);
            for (var e = 0; e < this.fields.length; e++)
                a && a !== this.fields[e].options.group || (d = this.fields[e].validate(b),
                !0 !== d && d.length > 0 && this.validationResult && (this.validationResult = !1));
            return $.emit("parsley:form:validated", this),
            this.validationResult
        },
        isValid: function(a, b) {
            this._refreshFields();
            for (var c = 0; c < this.fields.length; c++)
                if ((!a || a === this.fields[c].options.group) && !1 === this.fields[c].isValid(b))
                    return !1;
            return !0
        },
        _refreshFields: function() {
            return this.actualizeOptions()._bindFields()
        },
        _bindFields: function() {
            var a = this;
            return this.fields = [],
            this.fieldsMappedById = {},
            this.$element.find(this.options.inputs).each(function() {
                var b = new window.Parsley(this,{},a);
                "ParsleyField" !== b.__class__ && "ParsleyFieldMultiple" !== b.__class__ || b.$element.is(b.options.excluded) || "undefined" == typeof a.fieldsMappedById[b.__class__ + "-" + b.__id__] && (a.fieldsMappedById[b.__class__ + "-" + b.__id__] = b,
                a.fields.push(b))
            }),
            this
        }
    };
    var h = function(b, c, d, e, f) {
        if (!new RegExp("ParsleyField").test(a.get(b, "__class__")))
            throw new Error("ParsleyField or ParsleyFieldMultiple instance expected");
        if ("function" != typeof window.ParsleyValidator.validators[c] && "Assert" !== window.ParsleyValidator.validators[c](d).__parentClass__)
            throw new Error("Valid validator expected");
        var g = function(b, c) {
            return "undefined" != typeof b.options[c + "Priority"] ? b.options[c + "Priority"] : a.get(window.ParsleyValidator.validators[c](d), "priority") || 2
        };
        return e = e || g(b, c),
        "function" == typeof window.ParsleyValidator.validators[c](d).requirementsTransformer && (d = window.ParsleyValidator.validators[c](d).requirementsTransformer()),
        $.extend(window.ParsleyValidator.validators[c](d), {
            name: c,
            requirements: d,
            priority: e,
            groups: [e],
            isDomConstraint: f || a.attr(b.$element, b.options.namespace, c)
        })
    }
      , i = function(b, c, d) {
        this.__class__ = "ParsleyField",
        this.__id__ = a.hash(4),
        this.$element = $(b),
        "undefined" != typeof d ? (this.parent = d,
        this.OptionsFactory = this.parent.OptionsFactory,
        this.options = this.OptionsFactory.get(this)) : (this.OptionsFactory = c,
        this.options = this.OptionsFactory.get(this)),
        this.constraints = [],
        this.constraintsByName = {},
        this.validationResult = [],
        this._bindConstraints()
    };
    i.prototype = {
        validate: function(a) {
            return this.value = this.getValue(),
            $.emit("parsley:field:validate", this),
            $.emit("parsley:field:" + (this.isValid(a, this.value) ? "success" : "error"), this),
            $.emit("parsley:field:validated", this),
            this.validationResult
        },
        isValid: function(a, b) {
            this.refreshConstraints();
            var c = this._getConstraintsSortedPriorities();
            if (b = b || this.getValue(),
            0 === b.length && !this._isRequired() && "undefined" == typeof this.options.validateIfEmpty && !0 !== a)
                return this.validationResult = [];
            if (!1 === this.options.priorityEnabled)
                return !0 === (this.validationResult = this.validateThroughValidator(b, this.constraints, "Any"));
            for (var d = 0; d < c.length; d++)
                if (!0 !== (this.validationResult = this.validateThroughValidator(b, this.constraints, c[d])))
                    return !1;
            return !0
        },
        getValue: function() {
            var a;
            return a = "undefined" != typeof this.options.value ? this.options.value : this.$element.val(),
            "undefined" == typeof a || null === a ? "" : !0 === this.options.trimValue ? a.replace(/^\s+|\s+$/g, "") : a
        },
        refreshConstraints: function() {
            return this.actualizeOptions()._bindConstraints()
        },
        addConstraint: function(a, b, c, d) {
            if (a = a.toLowerCase(),
            "function" == typeof window.ParsleyValidator.validators[a]) {
                var e = new h(this,a,b,c,d);
                "undefined" !== this.constraintsByName[e.name] && this.removeConstraint(e.name),
                this.constraints.push(e),
                this.constraintsByName[e.name] = e
            }
            return this
        },
        removeConstraint: function(a) {
            for (var b = 0; b < this.constraints.length; b++)
                if (a === this.constraints[b].name) {
                    this.constraints.splice(b, 1);
                    break
                }
            return this
        },
        updateConstraint: function(a, b, c) {
            return this.removeConstraint(a).addConstraint(a, b, c)
        },
        _bindConstraints: function() {
            for (var a = [], b = 0; b < this.constraints.length; b++)
                !1 === this.constraints[b].isDomConstraint && a.push(this.constraints[b]);
            this.constraints = a;
            for (var c in this.options)
                this.addConstraint(c, this.options[c]);
            return this._bindHtml5Constraints()
        },
        _bindHtml5Constraints: function() {
            (this.$element.hasClass("required") || this.$element.attr("required")) && this.addConstraint("required", !0, void 0, !0),
            "string" == typeof this.$element.attr("pattern") && this.addConstraint("pattern", this.$element.attr("pattern"), void 0, !0),
            "undefined" != typeof this.$element.attr("min") && "undefined" != typeof this.$element.attr("max") ? this.addConstraint("range", [this.$element.attr("min"), this.$element.attr("max")], void 0, !0) : "undefined" != typeof this.$element.attr("min") ? this.addConstraint("min", this.$element.attr("min"), void 0, !0) : "undefined" != typeof this.$element.attr("max") && this.addConstraint("max", this.$element.attr("max"), void 0, !0);
            var a = this.$element.attr("type");
            return "undefined" == typeof a ? this : "number" === a ? this.addConstraint("type", "integer", void 0, !0) : new RegExp(a,"i").test("email url range") ? this.addConstraint("type", a, void 0, !0) : this
        },
        _isRequired: function() {
            return "undefined" == typeof this.constraintsByName.required ? !1 : !1 !== this.constraintsByName.required.requirements
        },
        _getConstraintsSortedPriorities: function() {
            for (var a = [], b = 0; b < this.constraints.length; b++)
                -1 === a.indexOf(this.constraints[b].priority) && a.push(this.constraints[b].priority);
            return a.sort(function(a, b) {
                return b - a
            }),
            a
        }
    };
    var j = function() {
        this.__class__ = "ParsleyFieldMultiple"
    };
    j.prototype = {
        addElement: function(a) {
            return this.$elements.push(a),
            this
        },
        refreshConstraints: function() {
            var a;
            if (this.constraints = [],
            this.$element.is("select"))
                return this.actualizeOptions()._bindConstraints(),
                this;
            for (var b = 0; b < this.$elements.length; b++)
                if ($("html").has(this.$elements[b]).length) {
                    a = this.$elements[b].data("ParsleyFieldMultiple").refreshConstraints().constraints;
                    for (var c = 0; c < a.length; c++)
                        this.addConstraint(a[c].name, a[c].requirements, a[c].priority, a[c].isDomConstraint)
                } else
                    this.$elements.splice(b, 1);
            return this
        },
        getValue: function() {
            if ("undefined" != typeof this.options.value)
                return this.options.value;
            if (this.$element.is("input[type=radio]"))
                return $("[" + this.options.namespace + 'multiple="' + this.options.multiple + '"]:checked').val() || "";
            if (this.$element.is("input[type=checkbox]")) {
                var a = [];
                return $("[" + this.options.namespace + 'multiple="' + this.options.multiple + '"]:checked').each(function() {
                    a.push($(this).val())
                }),
                a.length ? a : []
            }
            return this.$element.is("select") && null === this.$element.val() ? [] : this.$element.val()
        },
        _init: function(a) {
            return this.$elements = [this.$element],
            this.options.multiple = a,
            this
        }
    };
    var k = $({})
      , l = {};
    $.listen = function(a) {
        if ("undefined" == typeof l[a] && (l[a] = []),
        "function" == typeof arguments[1])
            return l[a].push({
                fn: arguments[1]
            });
        if ("object" == typeof arguments[1] && "function" == typeof arguments[2])
            return l[a].push({
                fn: arguments[2],
                ctxt: arguments[1]
            });
        throw new Error("Wrong parameters")
    }
    ,
    $.listenTo = function(a, b, c) {
        if ("undefined" == typeof l[b] && (l[b] = []),
        !(a instanceof i || a instanceof g))
            throw new Error("Must give Parsley instance");
        if ("string" != typeof b || "function" != typeof c)
            throw new Error("Wrong parameters");
        l[b].push({
            instance: a,
            fn: c
        })
    }
    ,
    $.unsubscribe = function(a, b) {
        if ("undefined" != typeof l[a]) {
            if ("string" != typeof a || "function" != typeof b)
                throw new Error("Wrong arguments");
            for (var c = 0; c < l[a].length; c++)
                if (l[a][c].fn === b)
                    return l[a].splice(c, 1)
        }
    }
    ,
    $.unsubscribeTo = function(a, b) {
        if ("undefined" != typeof l[b]) {
            if (!(a instanceof i || a instanceof g))
                throw new Error("Must give Parsley instance");
            for (var c = 0; c < l[b].length; c++)
                if ("undefined" != typeof l[b][c].instance && l[b][c].instance.__id__ === a.__id__)
                    return l[b].splice(c, 1)
        }
    }
    ,
    $.unsubscribeAll = function(a) {
        "undefined" != typeof l[a] && delete l[a]
    }
    ,
    $.emit = function(a, b) {
        if ("undefined" != typeof l[a])
            for (var c = 0; c < l[a].length; c++)
                if ("undefined" != typeof l[a][c].instance) {
                    if (b instanceof i || b instanceof g)
                        if (l[a][c].instance.__id__ !== b.__id__) {
                            if (l[a][c].instance instanceof g && b instanceof i)
                                for (var d = 0; d < l[a][c].instance.fields.length; d++)
                                    if (l[a][c].instance.fields[d].__id__ === b.__id__) {
                                        l[a][c].fn.apply(k, Array.prototype.slice.call(arguments, 1));
                                        continue
                                    }
                        } else
                            l[a][c].fn.apply(k, Array.prototype.slice.call(arguments, 1))
                } else
                    l[a][c].fn.apply("undefined" != typeof l[a][c].ctxt ? l[a][c].ctxt : k, Array.prototype.slice.call(arguments, 1))
    }
    ,
    $.subscribed = function() {
        return l
    }
    ,
    window.ParsleyConfig = window.ParsleyConfig || {},
    window.ParsleyConfig.i18n = window.ParsleyConfig.i18n || {},
    window.ParsleyConfig.i18n.en = $.extend(window.ParsleyConfig.i18n.en || {}, {
        defaultMessage: "This value seems to be invalid.",
        type: {
            email: "This value should be a valid email.",
            url: "This value should be a valid url.",
            number: "This value should be a valid number.",
            integer: "This value should be a valid integer.",
            digits: "This value should be digits.",
            alphanum: "This value should be alphanumeric."
        },
        notblank: "This value should not be blank.",
        required: "This value is required.",
        pattern: "This value seems to be invalid.",
        min: "This value should be greater than or equal to %s.",
        max: "This value should be lower than or equal to %s.",
        range: "This value should be between %s and %s.",
        minlength: "This value is too short. It should have %s characters or more.",
        maxlength: "This value is too long. It should have %s characters or less.",
        length: "This value length is invalid. It should be between %s and %s characters long.",
        mincheck: "You must select at least %s choices.",
        maxcheck: "You must select %s choices or less.",
        check: "You must select between %s and %s choices.",
        equalto: "This value should be the same."
    }),
    "undefined" != typeof window.ParsleyValidator && window.ParsleyValidator.addCatalog("en", window.ParsleyConfig.i18n.en, !0);
    var m = function(b, c, d) {
        if (this.__class__ = "Parsley",
        this.__version__ = "2.0.2",
        this.__id__ = a.hash(4),
        "undefined" == typeof b)
            throw new Error("You must give an element");
        if ("undefined" != typeof d && "ParsleyForm" !== d.__class__)
            throw new Error("Parent instance must be a ParsleyForm instance");
        return this.init($(b), c, d)
    };
    m.prototype = {
        init: function(c, d, e) {
            if (!c.length)
                throw new Error("You must bind Parsley on an existing element.");
            if (this.$element = c,
            this.$element.data("Parsley")) {
                var g = this.$element.data("Parsley");
                return "undefined" != typeof e && (g.parent = e),
                g
            }
            return this.OptionsFactory = new f(b,a.get(window, "ParsleyConfig") || {},d,this.getNamespace(d)),
            this.options = this.OptionsFactory.get(this),
            this.$element.is("form") || a.attr(this.$element, this.options.namespace, "validate") && !this.$element.is(this.options.inputs) ? this.bind("parsleyForm") : this.$element.is(this.options.inputs) && !this.$element.is(this.options.excluded) ? this.isMultiple() ? this.handleMultiple(e) : this.bind("parsleyField", e) : this
        },
        isMultiple: function() {
            return this.$element.is("input[type=radio], input[type=checkbox]") && "undefined" == typeof this.options.multiple || this.$element.is("select") && "undefined" != typeof this.$element.attr("multiple")
        },
        handleMultiple: function(b) {
            var c, d, e, f = this;
            if (this.options = $.extend(this.options, b ? b.OptionsFactory.get(b) : {}, a.attr(this.$element, this.options.namespace)),
            this.options.multiple ? d = this.options.multiple : "undefined" != typeof this.$element.attr("name") && this.$element.attr("name").length ? d = c = this.$element.attr("name") : "undefined" != typeof this.$element.attr("id") && this.$element.attr("id").length && (d = this.$element.attr("id")),
            this.$element.is("select") && "undefined" != typeof this.$element.attr("multiple"))
                return this.bind("parsleyFieldMultiple", b, d || this.__id__);
            if ("undefined" == typeof d)
                return window.console && window.console.warn && window.console.warn("To be binded by Parsley, a radio, a checkbox and a multiple select input must have either a name or a multiple option.", this.$element),
                this;
            if (d = d.replace(/(:|\.|\[|\]|\$)/g, ""),
            "undefined" != typeof c && $('input[name="' + c + '"]').each(function() {
                $(this).is("input[type=radio], input[type=checkbox]") && $(this).attr(f.options.namespace + "multiple", d)
            }),
            $("[" + this.options.namespace + "multiple=" + d + "]").length)
                for (var g = 0; g < $("[" + this.options.namespace + "multiple=" + d + "]").length; g++)
                    if ("undefined" != typeof $($("[" + this.options.namespace + "multiple=" + d + "]").get(g)).data("Parsley")) {
                        e = $($("[" + this.options.namespace + "multiple=" + d + "]").get(g)).data("Parsley"),
                        this.$element.data("ParsleyFieldMultiple") || (e.addElement(this.$element),
                        this.$element.attr(this.options.namespace + "id", e.__id__));
                        break
                    }
            return this.bind("parsleyField", b, d, !0),
            e || this.bind("parsleyFieldMultiple", b, d)
        },
        getNamespace: function(c) {
            return "undefined" != typeof this.$element.data("parsleyNamespace") ? this.$element.data("parsleyNamespace") : "undefined" != typeof a.get(c, "namespace") ? c.namespace : "undefined" != typeof a.get(window, "ParsleyConfig.namespace") ? window.ParsleyConfig.namespace : b.namespace
        },
        bind: function(b, d, e, f) {
            var h;
            switch (b) {
            case "parsleyForm":
                h = $.extend(new g(this.$element,this.OptionsFactory), new c, window.ParsleyExtend)._bindFields();
                break;
            case "parsleyField":
                h = $.extend(new i(this.$element,this.OptionsFactory,d), new c, window.ParsleyExtend);
                break;
            case "parsleyFieldMultiple":
                h = $.extend(new i(this.$element,this.OptionsFactory,d), new c, new j, window.ParsleyExtend)._init(e);
                break;
            default:
                throw new Error(b + "is not a supported Parsley type")
            }
            return "undefined" != typeof e && a.setAttr(this.$element, this.options.namespace, "multiple", e),
            "undefined" != typeof f ? (this.$element.data("ParsleyFieldMultiple", h),
            h) : (new RegExp("ParsleyF","i").test(h.__class__) && (this.$element.data("Parsley", h),
            $.emit("parsley:" + ("parsleyForm" === b ? "form" : "field") + ":init", h)),
            h)
        }
    },
    $.fn.parsley = $.fn.psly = function(a) {
        if (this.length > 1) {
            var b = [];
            return this.each(function() {
                b.push($(this).parsley(a))
            }),
            b
        }
        return $(this).length ? new m(this,a) : void (window.console && window.console.warn && window.console.warn("You must bind Parsley on an existing element."))
    }
    ,
    window.ParsleyUI = "function" == typeof a.get(window, "ParsleyConfig.ParsleyUI") ? (new window.ParsleyConfig.ParsleyUI).listen() : (new e).listen(),
    "undefined" == typeof window.ParsleyExtend && (window.ParsleyExtend = {}),
    "undefined" == typeof window.ParsleyConfig && (window.ParsleyConfig = {}),
    window.Parsley = window.psly = m,
    window.ParsleyUtils = a,
    window.ParsleyValidator = new d(window.ParsleyConfig.validators,window.ParsleyConfig.i18n),
    !1 !== a.get(window, "ParsleyConfig.autoBind") && $(document).ready(function() {
        $("[data-parsley-validate]").length && $("[data-parsley-validate]").parsley()
    })
});

!function(t, i, e, s) {
    function o(i, e) {
        var h = this;
        "object" == typeof e && (delete e.refresh,
        delete e.render,
        t.extend(this, e)),
        this.$element = t(i),
        !this.imageSrc && this.$element.is("img") && (this.imageSrc = this.$element.attr("src"));
        var n = (this.position + "").toLowerCase().match(/\S+/g) || [];
        return n.length < 1 && n.push("center"),
        1 == n.length && n.push(n[0]),
        "top" == n[0] || "bottom" == n[0] || "left" == n[1] || "right" == n[1] ? (h.positionX = n[1],
        h.positionY = n[0]) : (h.positionX = n[0],
        h.positionY = n[1]),
        this.positionX != s && (n[0] = this.positionX.toLowerCase()),
        this.positionY != s && (n[1] = this.positionY.toLowerCase()),
        "left" != this.positionX && "right" != this.positionX && (this.positionX = isNaN(parseInt(this.positionX)) ? "center" : parseInt(this.positionX)),
        "top" != this.positionY && "bottom" != this.positionY && (this.positionY = isNaN(parseInt(this.positionY)) ? "center" : parseInt(this.positionY)),
        this.position = this.positionX + (isNaN(this.positionX) ? "" : "px") + " " + this.positionY + (isNaN(this.positionY) ? "" : "px"),
        navigator.userAgent.match(/(iPod|iPhone|iPad)/) ? (this.iosFix && !this.$element.is("img") && this.$element.css({
            backgroundImage: "url(" + this.imageSrc + ")",
            backgroundSize: "cover",
            backgroundPosition: this.position
        }),
        this) : navigator.userAgent.match(/(Android)/) ? (this.androidFix && !this.$element.is("img") && this.$element.css({
            backgroundImage: "url(" + this.imageSrc + ")",
            backgroundSize: "cover",
            backgroundPosition: this.position
        }),
        this) : (this.$mirror = t("<div />").prependTo("body"),
        this.$slider = t("<img />").prependTo(this.$mirror),
        this.$mirror.addClass("parallax-mirror").css({
            visibility: "hidden",
            zIndex: this.zIndex,
            position: "fixed",
            top: 0,
            left: 0,
            overflow: "hidden"
        }),
        this.$slider.addClass("parallax-slider").one("load", function() {
            h.naturalHeight && h.naturalWidth || (h.naturalHeight = this.naturalHeight || this.height || 1,
            h.naturalWidth = this.naturalWidth || this.width || 1),
            h.aspectRatio = h.naturalWidth / h.naturalHeight,
            o.isSetup || o.setup(),
            o.sliders.push(h),
            o.isFresh = !1,
            o.requestRender()
        }),
        this.$slider[0].src = this.imageSrc,
        void ((this.naturalHeight && this.naturalWidth || this.$slider[0].complete) && this.$slider.trigger("load")))
    }
    function h(s) {
        return this.each(function() {
            var h = t(this)
              , n = "object" == typeof s && s;
            this == i || this == e || h.is("body") ? o.configure(n) : h.data("px.parallax") || (n = t.extend({}, h.data(), n),
            h.data("px.parallax", new o(this,n))),
            "string" == typeof s && o[s]()
        })
    }
    !function() {
        for (var t = 0, e = ["ms", "moz", "webkit", "o"], s = 0; s < e.length && !i.requestAnimationFrame; ++s)
            i.requestAnimationFrame = i[e[s] + "RequestAnimationFrame"],
            i.cancelAnimationFrame = i[e[s] + "CancelAnimationFrame"] || i[e[s] + "CancelRequestAnimationFrame"];
        i.requestAnimationFrame || (i.requestAnimationFrame = function(e) {
            var s = (new Date).getTime()
              , o = Math.max(0, 16 - (s - t))
              , h = i.setTimeout(function() {
                e(s + o)
            }, o);
            return t = s + o,
            h
        }
        ),
        i.cancelAnimationFrame || (i.cancelAnimationFrame = function(t) {
            clearTimeout(t)
        }
        )
    }(),
    t.extend(o.prototype, {
        speed: .2,
        bleed: 0,
        zIndex: -100,
        iosFix: !0,
        androidFix: !0,
        position: "center",
        refresh: function() {
            this.boxWidth = this.$element.outerWidth(),
            this.boxHeight = this.$element.outerHeight() + 2 * this.bleed,
            this.boxOffsetTop = this.$element.offset().top - this.bleed,
            this.boxOffsetLeft = this.$element.offset().left,
            this.boxOffsetBottom = this.boxOffsetTop + this.boxHeight;
            var t = o.winHeight
              , i = o.docHeight
              , e = Math.min(this.boxOffsetTop, i - t)
              , s = Math.max(this.boxOffsetTop + this.boxHeight - t, 0)
              , h = this.boxHeight + (e - s) * (1 - this.speed) | 0
              , n = (this.boxOffsetTop - e) * (1 - this.speed) | 0;
            if (h * this.aspectRatio >= this.boxWidth) {
                this.imageWidth = h * this.aspectRatio | 0,
                this.imageHeight = h,
                this.offsetBaseTop = n;
                var r = this.imageWidth - this.boxWidth;
                this.offsetLeft = "left" == this.positionX ? 0 : "right" == this.positionX ? -r : isNaN(this.positionX) ? -r / 2 | 0 : Math.max(this.positionX, -r)
            } else {
                this.imageWidth = this.boxWidth,
                this.imageHeight = this.boxWidth / this.aspectRatio | 0,
                this.offsetLeft = 0;
                var r = this.imageHeight - h;
                this.offsetBaseTop = "top" == this.positionY ? n : "bottom" == this.positionY ? n - r : isNaN(this.positionY) ? n - r / 2 | 0 : n + Math.max(this.positionY, -r)
            }
        },
        render: function() {
            var t = o.scrollTop
              , i = o.scrollLeft
              , e = t + o.winHeight;
            this.visibility = this.boxOffsetBottom > t && this.boxOffsetTop < e ? "visible" : "hidden",
            this.mirrorTop = this.boxOffsetTop - t,
            this.mirrorLeft = this.boxOffsetLeft - i,
            this.offsetTop = this.offsetBaseTop - this.mirrorTop * (1 - this.speed),
            this.$mirror.css({
                transform: "translate3d(0px, 0px, 0px)",
                visibility: this.visibility,
                top: this.mirrorTop,
                left: this.mirrorLeft,
                height: this.boxHeight,
                width: this.boxWidth
            }),
            this.$slider.css({
                transform: "translate3d(0px, 0px, 0px)",
                position: "absolute",
                top: this.offsetTop,
                left: this.offsetLeft,
                height: this.imageHeight,
                width: this.imageWidth
            })
        }
    }),
    t.extend(o, {
        scrollTop: 0,
        scrollLeft: 0,
        winHeight: 0,
        winWidth: 0,
        docHeight: 1 << 30,
        docWidth: 1 << 30,
        sliders: [],
        isReady: !1,
        isFresh: !1,
        isBusy: !1,
        setup: function() {
            if (!this.isReady) {
                var s = t(e)
                  , h = t(i);
                h.on("scroll.px.parallax load.px.parallax", function() {
                    var t = o.docHeight - o.winHeight
                      , i = o.docWidth - o.winWidth;
                    o.scrollTop = Math.max(0, Math.min(t, h.scrollTop())),
                    o.scrollLeft = Math.max(0, Math.min(i, h.scrollLeft())),
                    o.requestRender()
                }).on("resize.px.parallax load.px.parallax", function() {
                    o.winHeight = h.height(),
                    o.winWidth = h.width(),
                    o.docHeight = s.height(),
                    o.docWidth = s.width(),
                    o.isFresh = !1,
                    o.requestRender()
                }),
                this.isReady = !0
            }
        },
        configure: function(i) {
            "object" == typeof i && (delete i.refresh,
            delete i.render,
            t.extend(this.prototype, i))
        },
        refresh: function() {
            t.each(this.sliders, function() {
                this.refresh()
            }),
            this.isFresh = !0
        },
        render: function() {
            this.isFresh || this.refresh(),
            t.each(this.sliders, function() {
                this.render()
            })
        },
        requestRender: function() {
            var t = this;
            this.isBusy || (this.isBusy = !0,
            i.requestAnimationFrame(function() {
                t.render(),
                t.isBusy = !1
            }))
        }
    });
    var n = t.fn.parallax;
    t.fn.parallax = h,
    t.fn.parallax.Constructor = o,
    t.fn.parallax.noConflict = function() {
        return t.fn.parallax = n,
        this
    }
    ,
    t(e).on("ready.px.parallax.data-api", function() {
        t('[data-parallax="scroll"]').parallax()
    })
}(jQuery, window, document);

var testMobile;
var isMobile = {
    Android: function() {
        return navigator.userAgent.match(/Android/i)
    },
    BlackBerry: function() {
        return navigator.userAgent.match(/BlackBerry/i)
    },
    iOS: function() {
        return navigator.userAgent.match(/iPhone|iPad|iPod/i)
    },
    Opera: function() {
        return navigator.userAgent.match(/Opera Mini/i)
    },
    Windows: function() {
        return navigator.userAgent.match(/IEMobile/i)
    },
    any: function() {
        return isMobile.Android() || isMobile.BlackBerry() || isMobile.iOS() || isMobile.Opera() || isMobile.Windows()
    }
}

!function() {
    var a, AbstractChosen, Chosen, SelectParser, b, c = {}.hasOwnProperty, d = function(a, b) {
        function d() {
            this.constructor = a
        }
        for (var e in b)
            c.call(b, e) && (a[e] = b[e]);
        return d.prototype = b.prototype,
        a.prototype = new d,
        a.__super__ = b.prototype,
        a
    };
    SelectParser = function() {
        function SelectParser() {
            this.options_index = 0,
            this.parsed = []
        }
        return SelectParser.prototype.add_node = function(a) {
            return "OPTGROUP" === a.nodeName.toUpperCase() ? this.add_group(a) : this.add_option(a)
        }
        ,
        SelectParser.prototype.add_group = function(a) {
            var b, c, d, e, f, g;
            for (b = this.parsed.length,
            this.parsed.push({
                array_index: b,
                group: !0,
                label: this.escapeExpression(a.label),
                children: 0,
                disabled: a.disabled
            }),
            f = a.childNodes,
            g = [],
            d = 0,
            e = f.length; e > d; d++)
                c = f[d],
                g.push(this.add_option(c, b, a.disabled));
            return g
        }
        ,
        SelectParser.prototype.add_option = function(a, b, c) {
            return "OPTION" === a.nodeName.toUpperCase() ? ("" !== a.text ? (null != b && (this.parsed[b].children += 1),
            this.parsed.push({
                array_index: this.parsed.length,
                options_index: this.options_index,
                value: a.value,
                text: a.text,
                html: a.innerHTML,
                selected: a.selected,
                disabled: c === !0 ? c : a.disabled,
                group_array_index: b,
                classes: a.className,
                style: a.style.cssText
            })) : this.parsed.push({
                array_index: this.parsed.length,
                options_index: this.options_index,
                empty: !0
            }),
            this.options_index += 1) : void 0
        }
        ,
        SelectParser.prototype.escapeExpression = function(a) {
            var b, c;
            return null == a || a === !1 ? "" : /[\&\<\>\"\'\`]/.test(a) ? (b = {
                "<": "&lt;",
                ">": "&gt;",
                '"': "&quot;",
                "'": "&#x27;",
                "`": "&#x60;"
            },
            c = /&(?!\w+;)|[\<\>\"\'\`]/g,
            a.replace(c, function(a) {
                return b[a] || "&amp;"
            })) : a
        }
        ,
        SelectParser
    }(),
    SelectParser.select_to_array = function(a) {
        var b, c, d, e, f;
        for (c = new SelectParser,
        f = a.childNodes,
        d = 0,
        e = f.length; e > d; d++)
            b = f[d],
            c.add_node(b);
        return c.parsed
    }
    ,
    AbstractChosen = function() {
        function AbstractChosen(a, b) {
            this.form_field = a,
            this.options = null != b ? b : {},
            AbstractChosen.browser_is_supported() && (this.is_multiple = this.form_field.multiple,
            this.set_default_text(),
            this.set_default_values(),
            this.setup(),
            this.set_up_html(),
            this.register_observers())
        }
        return AbstractChosen.prototype.set_default_values = function() {
            var a = this;
            return this.click_test_action = function(b) {
                return a.test_active_click(b)
            }
            ,
            this.activate_action = function(b) {
                return a.activate_field(b)
            }
            ,
            this.active_field = !1,
            this.mouse_on_container = !1,
            this.results_showing = !1,
            this.result_highlighted = null,
            this.result_single_selected = null,
            this.allow_single_deselect = null != this.options.allow_single_deselect && null != this.form_field.options[0] && "" === this.form_field.options[0].text ? this.options.allow_single_deselect : !1,
            this.disable_search_threshold = this.options.disable_search_threshold || 0,
            this.disable_search = this.options.disable_search || !1,
            this.enable_split_word_search = null != this.options.enable_split_word_search ? this.options.enable_split_word_search : !0,
            this.group_search = null != this.options.group_search ? this.options.group_search : !0,
            this.search_contains = this.options.search_contains || !1,
            this.single_backstroke_delete = null != this.options.single_backstroke_delete ? this.options.single_backstroke_delete : !0,
            this.max_selected_options = this.options.max_selected_options || 1 / 0,
            this.inherit_select_classes = this.options.inherit_select_classes || !1,
            this.display_selected_options = null != this.options.display_selected_options ? this.options.display_selected_options : !0,
            this.display_disabled_options = null != this.options.display_disabled_options ? this.options.display_disabled_options : !0
        }
        ,
        AbstractChosen.prototype.set_default_text = function() {
            return this.default_text = this.form_field.getAttribute("data-placeholder") ? this.form_field.getAttribute("data-placeholder") : this.is_multiple ? this.options.placeholder_text_multiple || this.options.placeholder_text || AbstractChosen.default_multiple_text : this.options.placeholder_text_single || this.options.placeholder_text || AbstractChosen.default_single_text,
            this.results_none_found = this.form_field.getAttribute("data-no_results_text") || this.options.no_results_text || AbstractChosen.default_no_result_text
        }
        ,
        AbstractChosen.prototype.mouse_enter = function() {
            return this.mouse_on_container = !0
        }
        ,
        AbstractChosen.prototype.mouse_leave = function() {
            return this.mouse_on_container = !1
        }
        ,
        AbstractChosen.prototype.input_focus = function() {
            var a = this;
            if (this.is_multiple) {
                if (!this.active_field)
                    return setTimeout(function() {
                        return a.container_mousedown()
                    }, 50)
            } else if (!this.active_field)
                return this.activate_field()
        }
        ,
        AbstractChosen.prototype.input_blur = function() {
            var a = this;
            return this.mouse_on_container ? void 0 : (this.active_field = !1,
            setTimeout(function() {
                return a.blur_test()
            }, 100))
        }
        ,
        AbstractChosen.prototype.results_option_build = function(a) {
            var b, c, d, e, f;
            for (b = "",
            f = this.results_data,
            d = 0,
            e = f.length; e > d; d++)
                c = f[d],
                b += c.group ? this.result_add_group(c) : this.result_add_option(c),
                (null != a ? a.first : void 0) && (c.selected && this.is_multiple ? this.choice_build(c) : c.selected && !this.is_multiple && this.single_set_selected_text(c.text));
            return b
        }
        ,
        AbstractChosen.prototype.result_add_option = function(a) {
            var b, c;
            return a.search_match ? this.include_option_in_results(a) ? (b = [],
            a.disabled || a.selected && this.is_multiple || b.push("active-result"),
            !a.disabled || a.selected && this.is_multiple || b.push("disabled-result"),
            a.selected && b.push("result-selected"),
            null != a.group_array_index && b.push("group-option"),
            "" !== a.classes && b.push(a.classes),
            c = "" !== a.style.cssText ? ' style="' + a.style + '"' : "",
            '<li class="' + b.join(" ") + '"' + c + ' data-option-array-index="' + a.array_index + '">' + a.search_text + "</li>") : "" : ""
        }
        ,
        AbstractChosen.prototype.result_add_group = function(a) {
            return a.search_match || a.group_match ? a.active_options > 0 ? '<li class="group-result">' + a.search_text + "</li>" : "" : ""
        }
        ,
        AbstractChosen.prototype.results_update_field = function() {
            return this.set_default_text(),
            this.is_multiple || this.results_reset_cleanup(),
            this.result_clear_highlight(),
            this.result_single_selected = null,
            this.results_build(),
            this.results_showing ? this.winnow_results() : void 0
        }
        ,
        AbstractChosen.prototype.results_toggle = function() {
            return this.results_showing ? this.results_hide() : this.results_show()
        }
        ,
        AbstractChosen.prototype.results_search = function() {
            return this.results_showing ? this.winnow_results() : this.results_show()
        }
        ,
        AbstractChosen.prototype.winnow_results = function() {
            var a, b, c, d, e, f, g, h, i, j, k, l, m;
            for (this.no_results_clear(),
            e = 0,
            g = this.get_search_text(),
            a = g.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&"),
            d = this.search_contains ? "" : "^",
            c = new RegExp(d + a,"i"),
            j = new RegExp(a,"i"),
            m = this.results_data,
            k = 0,
            l = m.length; l > k; k++)
                b = m[k],
                b.search_match = !1,
                f = null,
                this.include_option_in_results(b) && (b.group && (b.group_match = !1,
                b.active_options = 0),
                null != b.group_array_index && this.results_data[b.group_array_index] && (f = this.results_data[b.group_array_index],
                0 === f.active_options && f.search_match && (e += 1),
                f.active_options += 1),
                (!b.group || this.group_search) && (b.search_text = b.group ? b.label : b.html,
                b.search_match = this.search_string_match(b.search_text, c),
                b.search_match && !b.group && (e += 1),
                b.search_match ? (g.length && (h = b.search_text.search(j),
                i = b.search_text.substr(0, h + g.length) + "</em>" + b.search_text.substr(h + g.length),
                b.search_text = i.substr(0, h) + "<em>" + i.substr(h)),
                null != f && (f.group_match = !0)) : null != b.group_array_index && this.results_data[b.group_array_index].search_match && (b.search_match = !0)));
            return this.result_clear_highlight(),
            1 > e && g.length ? (this.update_results_content(""),
            this.no_results(g)) : (this.update_results_content(this.results_option_build()),
            this.winnow_results_set_highlight())
        }
        ,
        AbstractChosen.prototype.search_string_match = function(a, b) {
            var c, d, e, f;
            if (b.test(a))
                return !0;
            if (this.enable_split_word_search && (a.indexOf(" ") >= 0 || 0 === a.indexOf("[")) && (d = a.replace(/\[|\]/g, "").split(" "),
            d.length))
                for (e = 0,
                f = d.length; f > e; e++)
                    if (c = d[e],
                    b.test(c))
                        return !0
        }
        ,
        AbstractChosen.prototype.choices_count = function() {
            var a, b, c, d;
            if (null != this.selected_option_count)
                return this.selected_option_count;
            for (this.selected_option_count = 0,
            d = this.form_field.options,
            b = 0,
            c = d.length; c > b; b++)
                a = d[b],
                a.selected && (this.selected_option_count += 1);
            return this.selected_option_count
        }
        ,
        AbstractChosen.prototype.choices_click = function(a) {
            return a.preventDefault(),
            this.results_showing || this.is_disabled ? void 0 : this.results_show()
        }
        ,
        AbstractChosen.prototype.keyup_checker = function(a) {
            var b, c;
            switch (b = null != (c = a.which) ? c : a.keyCode,
            this.search_field_scale(),
            b) {
            case 8:
                if (this.is_multiple && this.backstroke_length < 1 && this.choices_count() > 0)
                    return this.keydown_backstroke();
                if (!this.pending_backstroke)
                    return this.result_clear_highlight(),
                    this.results_search();
                break;
            case 13:
                if (a.preventDefault(),
                this.results_showing)
                    return this.result_select(a);
                break;
            case 27:
                return this.results_showing && this.results_hide(),
                !0;
            case 9:
            case 38:
            case 40:
            case 16:
            case 91:
            case 17:
                break;
            default:
                return this.results_search()
            }
        }
        ,
        AbstractChosen.prototype.container_width = function() {
            return null != this.options.width ? this.options.width : "" + this.form_field.offsetWidth + "px"
        }
        ,
        AbstractChosen.prototype.include_option_in_results = function(a) {
            return this.is_multiple && !this.display_selected_options && a.selected ? !1 : !this.display_disabled_options && a.disabled ? !1 : a.empty ? !1 : !0
        }
        ,
        AbstractChosen.browser_is_supported = function() {
            return "Microsoft Internet Explorer" === window.navigator.appName ? document.documentMode >= 8 : /iP(od|hone)/i.test(window.navigator.userAgent) ? !1 : /Android/i.test(window.navigator.userAgent) && /Mobile/i.test(window.navigator.userAgent) ? !1 : !0
        }
        ,
        AbstractChosen.default_multiple_text = "Select Some Options",
        AbstractChosen.default_single_text = "Select an Option",
        AbstractChosen.default_no_result_text = "No results match",
        AbstractChosen
    }(),
    a = jQuery,
    a.fn.extend({
        chosen: function(b) {
            return AbstractChosen.browser_is_supported() ? this.each(function() {
                var c, d;
                c = a(this),
                d = c.data("chosen"),
                "destroy" === b && d ? d.destroy() : d || c.data("chosen", new Chosen(this,b))
            }) : this
        }
    }),
    Chosen = function(c) {
        function Chosen() {
            return b = Chosen.__super__.constructor.apply(this, arguments)
        }
        return d(Chosen, c),
        Chosen.prototype.setup = function() {
            return this.form_field_jq = a(this.form_field),
            this.current_selectedIndex = this.form_field.selectedIndex,
            this.is_rtl = this.form_field_jq.hasClass("chosen-rtl")
        }
        ,
        Chosen.prototype.set_up_html = function() {
            var b, c;
            return b = ["chosen-container"],
            b.push("chosen-container-" + (this.is_multiple ? "multi" : "single")),
            this.inherit_select_classes && this.form_field.className && b.push(this.form_field.className),
            this.is_rtl && b.push("chosen-rtl"),
            c = {
                "class": b.join(" "),
                style: "width: " + this.container_width() + ";",
                title: this.form_field.title
            },
            this.form_field.id.length && (c.id = this.form_field.id.replace(/[^\w]/g, "_") + "_chosen"),
            this.container = a("<div />", c),
            this.is_multiple ? this.container.html('<ul class="chosen-choices"><li class="search-field"><input type="text" value="' + this.default_text + '" class="default" autocomplete="off" style="width:25px;" /></li></ul><div class="chosen-drop"><ul class="chosen-results"></ul></div>') : this.container.html('<a class="chosen-single chosen-default" tabindex="-1"><span>' + this.default_text + '</span><div><b></b></div></a><div class="chosen-drop"><div class="chosen-search"><input type="text" autocomplete="off" /></div><ul class="chosen-results"></ul></div>'),
            this.form_field_jq.hide().after(this.container),
            this.dropdown = this.container.find("div.chosen-drop").first(),
            this.search_field = this.container.find("input").first(),
            this.search_results = this.container.find("ul.chosen-results").first(),
            this.search_field_scale(),
            this.search_no_results = this.container.find("li.no-results").first(),
            this.is_multiple ? (this.search_choices = this.container.find("ul.chosen-choices").first(),
            this.search_container = this.container.find("li.search-field").first()) : (this.search_container = this.container.find("div.chosen-search").first(),
            this.selected_item = this.container.find(".chosen-single").first()),
            this.results_build(),
            this.set_tab_index(),
            this.set_label_behavior(),
            this.form_field_jq.trigger("chosen:ready", {
                chosen: this
            })
        }
        ,
        Chosen.prototype.register_observers = function() {
            var a = this;
            return this.container.bind("mousedown.chosen", function(b) {
                a.container_mousedown(b)
            }),
            this.container.bind("mouseup.chosen", function(b) {
                a.container_mouseup(b)
            }),
            this.container.bind("mouseenter.chosen", function(b) {
                a.mouse_enter(b)
            }),
            this.container.bind("mouseleave.chosen", function(b) {
                a.mouse_leave(b)
            }),
            this.search_results.bind("mouseup.chosen", function(b) {
                a.search_results_mouseup(b)
            }),
            this.search_results.bind("mouseover.chosen", function(b) {
                a.search_results_mouseover(b)
            }),
            this.search_results.bind("mouseout.chosen", function(b) {
                a.search_results_mouseout(b)
            }),
            this.search_results.bind("mousewheel.chosen DOMMouseScroll.chosen", function(b) {
                a.search_results_mousewheel(b)
            }),
            this.form_field_jq.bind("chosen:updated.chosen", function(b) {
                a.results_update_field(b)
            }),
            this.form_field_jq.bind("chosen:activate.chosen", function(b) {
                a.activate_field(b)
            }),
            this.form_field_jq.bind("chosen:open.chosen", function(b) {
                a.container_mousedown(b)
            }),
            this.search_field.bind("blur.chosen", function(b) {
                a.input_blur(b)
            }),
            this.search_field.bind("keyup.chosen", function(b) {
                a.keyup_checker(b)
            }),
            this.search_field.bind("keydown.chosen", function(b) {
                a.keydown_checker(b)
            }),
            this.search_field.bind("focus.chosen", function(b) {
                a.input_focus(b)
            }),
            this.is_multiple ? this.search_choices.bind("click.chosen", function(b) {
                a.choices_click(b)
            }) : this.container.bind("click.chosen", function(a) {
                a.preventDefault()
            })
        }
        ,
        Chosen.prototype.destroy = function() {
            return a(document).unbind("click.chosen", this.click_test_action),
            this.search_field[0].tabIndex && (this.form_field_jq[0].tabIndex = this.search_field[0].tabIndex),
            this.container.remove(),
            this.form_field_jq.removeData("chosen"),
            this.form_field_jq.show()
        }
        ,
        Chosen.prototype.search_field_disabled = function() {
            return this.is_disabled = this.form_field_jq[0].disabled,
            this.is_disabled ? (this.container.addClass("chosen-disabled"),
            this.search_field[0].disabled = !0,
            this.is_multiple || this.selected_item.unbind("focus.chosen", this.activate_action),
            this.close_field()) : (this.container.removeClass("chosen-disabled"),
            this.search_field[0].disabled = !1,
            this.is_multiple ? void 0 : this.selected_item.bind("focus.chosen", this.activate_action))
        }
        ,
        Chosen.prototype.container_mousedown = function(b) {
            return this.is_disabled || (b && "mousedown" === b.type && !this.results_showing && b.preventDefault(),
            null != b && a(b.target).hasClass("search-choice-close")) ? void 0 : (this.active_field ? this.is_multiple || !b || a(b.target)[0] !== this.selected_item[0] && !a(b.target).parents("a.chosen-single").length || (b.preventDefault(),
            this.results_toggle()) : (this.is_multiple && this.search_field.val(""),
            a(document).bind("click.chosen", this.click_test_action),
            this.results_show()),
            this.activate_field())
        }
        ,
        Chosen.prototype.container_mouseup = function(a) {
            return "ABBR" !== a.target.nodeName || this.is_disabled ? void 0 : this.results_reset(a)
        }
        ,
        Chosen.prototype.search_results_mousewheel = function(a) {
            var b, c, d;
            return b = -(null != (c = a.originalEvent) ? c.wheelDelta : void 0) || (null != (d = a.originialEvent) ? d.detail : void 0),
            null != b ? (a.preventDefault(),
            "DOMMouseScroll" === a.type && (b = 40 * b),
            this.search_results.scrollTop(b + this.search_results.scrollTop())) : void 0
        }
        ,
        Chosen.prototype.blur_test = function() {
            return !this.active_field && this.container.hasClass("chosen-container-active") ? this.close_field() : void 0
        }
        ,
        Chosen.prototype.close_field = function() {
            return a(document).unbind("click.chosen", this.click_test_action),
            this.active_field = !1,
            this.results_hide(),
            this.container.removeClass("chosen-container-active"),
            this.clear_backstroke(),
            this.show_search_field_default(),
            this.search_field_scale()
        }
        ,
        Chosen.prototype.activate_field = function() {
            return this.container.addClass("chosen-container-active"),
            this.active_field = !0,
            this.search_field.val(this.search_field.val()),
            this.search_field.focus()
        }
        ,
        Chosen.prototype.test_active_click = function(b) {
            return this.container.is(a(b.target).closest(".chosen-container")) ? this.active_field = !0 : this.close_field()
        }
        ,
        Chosen.prototype.results_build = function() {
            return this.parsing = !0,
            this.selected_option_count = null,
            this.results_data = SelectParser.select_to_array(this.form_field),
            this.is_multiple ? this.search_choices.find("li.search-choice").remove() : this.is_multiple || (this.single_set_selected_text(),
            this.disable_search || this.form_field.options.length <= this.disable_search_threshold ? (this.search_field[0].readOnly = !0,
            this.container.addClass("chosen-container-single-nosearch")) : (this.search_field[0].readOnly = !1,
            this.container.removeClass("chosen-container-single-nosearch"))),
            this.update_results_content(this.results_option_build({
                first: !0
            })),
            this.search_field_disabled(),
            this.show_search_field_default(),
            this.search_field_scale(),
            this.parsing = !1
        }
        ,
        Chosen.prototype.result_do_highlight = function(a) {
            var b, c, d, e, f;
            if (a.length) {
                if (this.result_clear_highlight(),
                this.result_highlight = a,
                this.result_highlight.addClass("highlighted"),
                d = parseInt(this.search_results.css("maxHeight"), 10),
                f = this.search_results.scrollTop(),
                e = d + f,
                c = this.result_highlight.position().top + this.search_results.scrollTop(),
                b = c + this.result_highlight.outerHeight(),
                b >= e)
                    return this.search_results.scrollTop(b - d > 0 ? b - d : 0);
                if (f > c)
                    return this.search_results.scrollTop(c)
            }
        }
        ,
        Chosen.prototype.result_clear_highlight = function() {
            return this.result_highlight && this.result_highlight.removeClass("highlighted"),
            this.result_highlight = null
        }
        ,
        Chosen.prototype.results_show = function() {
            return this.is_multiple && this.max_selected_options <= this.choices_count() ? (this.form_field_jq.trigger("chosen:maxselected", {
                chosen: this
            }),
            !1) : (this.container.addClass("chosen-with-drop"),
            this.form_field_jq.trigger("chosen:showing_dropdown", {
                chosen: this
            }),
            this.results_showing = !0,
            this.search_field.focus(),
            this.search_field.val(this.search_field.val()),
            this.winnow_results())
        }
        ,
        Chosen.prototype.update_results_content = function(a) {
            return this.search_results.html(a)
        }
        ,
        Chosen.prototype.results_hide = function() {
            return this.results_showing && (this.result_clear_highlight(),
            this.container.removeClass("chosen-with-drop"),
            this.form_field_jq.trigger("chosen:hiding_dropdown", {
                chosen: this
            })),
            this.results_showing = !1
        }
        ,
        Chosen.prototype.set_tab_index = function() {
            var a;
            return this.form_field.tabIndex ? (a = this.form_field.tabIndex,
            this.form_field.tabIndex = -1,
            this.search_field[0].tabIndex = a) : void 0
        }
        ,
        Chosen.prototype.set_label_behavior = function() {
            var b = this;
            return this.form_field_label = this.form_field_jq.parents("label"),
            !this.form_field_label.length && this.form_field.id.length && (this.form_field_label = a("label[for='" + this.form_field.id + "']")),
            this.form_field_label.length > 0 ? this.form_field_label.bind("click.chosen", function(a) {
                return b.is_multiple ? b.container_mousedown(a) : b.activate_field()
            }) : void 0
        }
        ,
        Chosen.prototype.show_search_field_default = function() {
            return this.is_multiple && this.choices_count() < 1 && !this.active_field ? (this.search_field.val(this.default_text),
            this.search_field.addClass("default")) : (this.search_field.val(""),
            this.search_field.removeClass("default"))
        }
        ,
        Chosen.prototype.search_results_mouseup = function(b) {
            var c;
            return c = a(b.target).hasClass("active-result") ? a(b.target) : a(b.target).parents(".active-result").first(),
            c.length ? (this.result_highlight = c,
            this.result_select(b),
            this.search_field.focus()) : void 0
        }
        ,
        Chosen.prototype.search_results_mouseover = function(b) {
            var c;
            return c = a(b.target).hasClass("active-result") ? a(b.target) : a(b.target).parents(".active-result").first(),
            c ? this.result_do_highlight(c) : void 0
        }
        ,
        Chosen.prototype.search_results_mouseout = function(b) {
            return a(b.target).hasClass("active-result") ? this.result_clear_highlight() : void 0
        }
        ,
        Chosen.prototype.choice_build = function(b) {
            var c, d, e = this;
            return c = a("<li />", {
                "class": "search-choice"
            }).html("<span>" + b.html + "</span>"),
            b.disabled ? c.addClass("search-choice-disabled") : (d = a("<a />", {
                "class": "search-choice-close",
                "data-option-array-index": b.array_index
            }),
            d.bind("click.chosen", function(a) {
                return e.choice_destroy_link_click(a)
            }),
            c.append(d)),
            this.search_container.before(c)
        }
        ,
        Chosen.prototype.choice_destroy_link_click = function(b) {
            return b.preventDefault(),
            b.stopPropagation(),
            this.is_disabled ? void 0 : this.choice_destroy(a(b.target))
        }
        ,
        Chosen.prototype.choice_destroy = function(a) {
            return this.result_deselect(a[0].getAttribute("data-option-array-index")) ? (this.show_search_field_default(),
            this.is_multiple && this.choices_count() > 0 && this.search_field.val().length < 1 && this.results_hide(),
            a.parents("li").first().remove(),
            this.search_field_scale()) : void 0
        }
        ,
        Chosen.prototype.results_reset = function() {
            return this.form_field.options[0].selected = !0,
            this.selected_option_count = null,
            this.single_set_selected_text(),
            this.show_search_field_default(),
            this.results_reset_cleanup(),
            this.form_field_jq.trigger("change"),
            this.active_field ? this.results_hide() : void 0
        }
        ,
        Chosen.prototype.results_reset_cleanup = function() {
            return this.current_selectedIndex = this.form_field.selectedIndex,
            this.selected_item.find("abbr").remove()
        }
        ,
        Chosen.prototype.result_select = function(a) {
            var b, c, d;
            return this.result_highlight ? (b = this.result_highlight,
            this.result_clear_highlight(),
            this.is_multiple && this.max_selected_options <= this.choices_count() ? (this.form_field_jq.trigger("chosen:maxselected", {
                chosen: this
            }),
            !1) : (this.is_multiple ? b.removeClass("active-result") : (this.result_single_selected && (this.result_single_selected.removeClass("result-selected"),
            d = this.result_single_selected[0].getAttribute("data-option-array-index"),
            this.results_data[d].selected = !1),
            this.result_single_selected = b),
            b.addClass("result-selected"),
            c = this.results_data[b[0].getAttribute("data-option-array-index")],
            c.selected = !0,
            this.form_field.options[c.options_index].selected = !0,
            this.selected_option_count = null,
            this.is_multiple ? this.choice_build(c) : this.single_set_selected_text(c.text),
            (a.metaKey || a.ctrlKey) && this.is_multiple || this.results_hide(),
            this.search_field.val(""),
            (this.is_multiple || this.form_field.selectedIndex !== this.current_selectedIndex) && this.form_field_jq.trigger("change", {
                selected: this.form_field.options[c.options_index].value
            }),
            this.current_selectedIndex = this.form_field.selectedIndex,
            this.search_field_scale())) : void 0
        }
        ,
        Chosen.prototype.single_set_selected_text = function(a) {
            return null == a && (a = this.default_text),
            a === this.default_text ? this.selected_item.addClass("chosen-default") : (this.single_deselect_control_build(),
            this.selected_item.removeClass("chosen-default")),
            this.selected_item.find("span").text(a)
        }
        ,
        Chosen.prototype.result_deselect = function(a) {
            var b;
            return b = this.results_data[a],
            this.form_field.options[b.options_index].disabled ? !1 : (b.selected = !1,
            this.form_field.options[b.options_index].selected = !1,
            this.selected_option_count = null,
            this.result_clear_highlight(),
            this.results_showing && this.winnow_results(),
            this.form_field_jq.trigger("change", {
                deselected: this.form_field.options[b.options_index].value
            }),
            this.search_field_scale(),
            !0)
        }
        ,
        Chosen.prototype.single_deselect_control_build = function() {
            return this.allow_single_deselect ? (this.selected_item.find("abbr").length || this.selected_item.find("span").first().after('<abbr class="search-choice-close"></abbr>'),
            this.selected_item.addClass("chosen-single-with-deselect")) : void 0
        }
        ,
        Chosen.prototype.get_search_text = function() {
            return this.search_field.val() === this.default_text ? "" : a("<div/>").text(a.trim(this.search_field.val())).html()
        }
        ,
        Chosen.prototype.winnow_results_set_highlight = function() {
            var a, b;
            return b = this.is_multiple ? [] : this.search_results.find(".result-selected.active-result"),
            a = b.length ? b.first() : this.search_results.find(".active-result").first(),
            null != a ? this.result_do_highlight(a) : void 0
        }
        ,
        Chosen.prototype.no_results = function(b) {
            var c;
            return c = a('<li class="no-results">' + this.results_none_found + ' "<span></span>"</li>'),
            c.find("span").first().html(b),
            this.search_results.append(c)
        }
        ,
        Chosen.prototype.no_results_clear = function() {
            return this.search_results.find(".no-results").remove()
        }
        ,
        Chosen.prototype.keydown_arrow = function() {
            var a;
            return this.results_showing && this.result_highlight ? (a = this.result_highlight.nextAll("li.active-result").first()) ? this.result_do_highlight(a) : void 0 : this.results_show()
        }
        ,
        Chosen.prototype.keyup_arrow = function() {
            var a;
            return this.results_showing || this.is_multiple ? this.result_highlight ? (a = this.result_highlight.prevAll("li.active-result"),
            a.length ? this.result_do_highlight(a.first()) : (this.choices_count() > 0 && this.results_hide(),
            this.result_clear_highlight())) : void 0 : this.results_show()
        }
        ,
        Chosen.prototype.keydown_backstroke = function() {
            var a;
            return this.pending_backstroke ? (this.choice_destroy(this.pending_backstroke.find("a").first()),
            this.clear_backstroke()) : (a = this.search_container.siblings("li.search-choice").last(),
            a.length && !a.hasClass("search-choice-disabled") ? (this.pending_backstroke = a,
            this.single_backstroke_delete ? this.keydown_backstroke() : this.pending_backstroke.addClass("search-choice-focus")) : void 0)
        }
        ,
        Chosen.prototype.clear_backstroke = function() {
            return this.pending_backstroke && this.pending_backstroke.removeClass("search-choice-focus"),
            this.pending_backstroke = null
        }
        ,
        Chosen.prototype.keydown_checker = function(a) {
            var b, c;
            switch (b = null != (c = a.which) ? c : a.keyCode,
            this.search_field_scale(),
            8 !== b && this.pending_backstroke && this.clear_backstroke(),
            b) {
            case 8:
                this.backstroke_length = this.search_field.val().length;
                break;
            case 9:
                this.results_showing && !this.is_multiple && this.result_select(a),
                this.mouse_on_container = !1;
                break;
            case 13:
                a.preventDefault();
                break;
            case 38:
                a.preventDefault(),
                this.keyup_arrow();
                break;
            case 40:
                a.preventDefault(),
                this.keydown_arrow()
            }
        }
        ,
        Chosen.prototype.search_field_scale = function() {
            var b, c, d, e, f, g, h, i, j;
            if (this.is_multiple) {
                for (d = 0,
                h = 0,
                f = "position:absolute; left: -1000px; top: -1000px; display:none;",
                g = ["font-size", "font-style", "font-weight", "font-family", "line-height", "text-transform", "letter-spacing"],
                i = 0,
                j = g.length; j > i; i++)
                    e = g[i],
                    f += e + ":" + this.search_field.css(e) + ";";
                return b = a("<div />", {
                    style: f
                }),
                b.text(this.search_field.val()),
                a("body").append(b),
                h = b.width() + 25,
                b.remove(),
                c = this.container.outerWidth(),
                h > c - 10 && (h = c - 10),
                this.search_field.css({
                    width: h + "px"
                })
            }
        }
        ,
        Chosen
    }(AbstractChosen)
}
.call(this);

!function(a, b) {
    function c() {
        return new Date(Date.UTC.apply(Date, arguments))
    }
    function d() {
        var a = new Date;
        return c(a.getFullYear(), a.getMonth(), a.getDate())
    }
    function e(a, b) {
        return a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth() && a.getUTCDate() === b.getUTCDate()
    }
    function f(a) {
        return function() {
            return this[a].apply(this, arguments)
        }
    }
    function g(b, c) {
        function d(a, b) {
            return b.toLowerCase()
        }
        var e, f = a(b).data(), g = {}, h = new RegExp("^" + c.toLowerCase() + "([A-Z])");
        c = new RegExp("^" + c.toLowerCase());
        for (var i in f)
            c.test(i) && (e = i.replace(h, d),
            g[e] = f[i]);
        return g
    }
    function h(b) {
        var c = {};
        if (p[b] || (b = b.split("-")[0],
        p[b])) {
            var d = p[b];
            return a.each(o, function(a, b) {
                b in d && (c[b] = d[b])
            }),
            c
        }
    }
    var i = function() {
        var b = {
            get: function(a) {
                return this.slice(a)[0]
            },
            contains: function(a) {
                for (var b = a && a.valueOf(), c = 0, d = this.length; d > c; c++)
                    if (this[c].valueOf() === b)
                        return c;
                return -1
            },
            remove: function(a) {
                this.splice(a, 1)
            },
            replace: function(b) {
                b && (a.isArray(b) || (b = [b]),
                this.clear(),
                this.push.apply(this, b))
            },
            clear: function() {
                this.length = 0
            },
            copy: function() {
                var a = new i;
                return a.replace(this),
                a
            }
        };
        return function() {
            var c = [];
            return c.push.apply(c, arguments),
            a.extend(c, b),
            c
        }
    }()
      , j = function(b, c) {
        this._process_options(c),
        this.dates = new i,
        this.viewDate = this.o.defaultViewDate,
        this.focusDate = null,
        this.element = a(b),
        this.isInline = !1,
        this.isInput = this.element.is("input"),
        this.component = this.element.hasClass("date") ? this.element.find(".add-on, .input-group-addon, .btn") : !1,
        this.hasInput = this.component && this.element.find("input").length,
        this.component && 0 === this.component.length && (this.component = !1),
        this.picker = a(q.template),
        this._buildEvents(),
        this._attachEvents(),
        this.isInline ? this.picker.addClass("datepicker-inline").appendTo(this.element) : this.picker.addClass("datepicker-dropdown dropdown-menu"),
        this.o.rtl && this.picker.addClass("datepicker-rtl"),
        this.viewMode = this.o.startView,
        this.o.calendarWeeks && this.picker.find("tfoot .today, tfoot .clear").attr("colspan", function(a, b) {
            return parseInt(b) + 1
        }),
        this._allow_update = !1,
        this.setStartDate(this._o.startDate),
        this.setEndDate(this._o.endDate),
        this.setDaysOfWeekDisabled(this.o.daysOfWeekDisabled),
        this.setDatesDisabled(this.o.datesDisabled),
        this.fillDow(),
        this.fillMonths(),
        this._allow_update = !0,
        this.update(),
        this.showMode(),
        this.isInline && this.show()
    };
    j.prototype = {
        constructor: j,
        _process_options: function(e) {
            this._o = a.extend({}, this._o, e);
            var f = this.o = a.extend({}, this._o)
              , g = f.language;
            switch (p[g] || (g = g.split("-")[0],
            p[g] || (g = n.language)),
            f.language = g,
            f.startView) {
            case 2:
            case "decade":
                f.startView = 2;
                break;
            case 1:
            case "year":
                f.startView = 1;
                break;
            default:
                f.startView = 0
            }
            switch (f.minViewMode) {
            case 1:
            case "months":
                f.minViewMode = 1;
                break;
            case 2:
            case "years":
                f.minViewMode = 2;
                break;
            default:
                f.minViewMode = 0
            }
            f.startView = Math.max(f.startView, f.minViewMode),
            f.multidate !== !0 && (f.multidate = Number(f.multidate) || !1,
            f.multidate !== !1 && (f.multidate = Math.max(0, f.multidate))),
            f.multidateSeparator = String(f.multidateSeparator),
            f.weekStart %= 7,
            f.weekEnd = (f.weekStart + 6) % 7;
            var h = q.parseFormat(f.format);
            if (f.startDate !== -1 / 0 && (f.startDate = f.startDate ? f.startDate instanceof Date ? this._local_to_utc(this._zero_time(f.startDate)) : q.parseDate(f.startDate, h, f.language) : -1 / 0),
            1 / 0 !== f.endDate && (f.endDate = f.endDate ? f.endDate instanceof Date ? this._local_to_utc(this._zero_time(f.endDate)) : q.parseDate(f.endDate, h, f.language) : 1 / 0),
            f.daysOfWeekDisabled = f.daysOfWeekDisabled || [],
            a.isArray(f.daysOfWeekDisabled) || (f.daysOfWeekDisabled = f.daysOfWeekDisabled.split(/[,\s]*/)),
            f.daysOfWeekDisabled = a.map(f.daysOfWeekDisabled, function(a) {
                return parseInt(a, 10)
            }),
            f.datesDisabled = f.datesDisabled || [],
            !a.isArray(f.datesDisabled)) {
                var i = [];
                i.push(q.parseDate(f.datesDisabled, h, f.language)),
                f.datesDisabled = i
            }
            f.datesDisabled = a.map(f.datesDisabled, function(a) {
                return q.parseDate(a, h, f.language)
            });
            var j = String(f.orientation).toLowerCase().split(/\s+/g)
              , k = f.orientation.toLowerCase();
            if (j = a.grep(j, function(a) {
                return /^auto|left|right|top|bottom$/.test(a)
            }),
            f.orientation = {
                x: "auto",
                y: "auto"
            },
            k && "auto" !== k)
                if (1 === j.length)
                    switch (j[0]) {
                    case "top":
                    case "bottom":
                        f.orientation.y = j[0];
                        break;
                    case "left":
                    case "right":
                        f.orientation.x = j[0]
                    }
                else
                    k = a.grep(j, function(a) {
                        return /^left|right$/.test(a)
                    }),
                    f.orientation.x = k[0] || "auto",
                    k = a.grep(j, function(a) {
                        return /^top|bottom$/.test(a)
                    }),
                    f.orientation.y = k[0] || "auto";
            else
                ;if (f.defaultViewDate) {
                var l = f.defaultViewDate.year || (new Date).getFullYear()
                  , m = f.defaultViewDate.month || 0
                  , o = f.defaultViewDate.day || 1;
                f.defaultViewDate = c(l, m, o)
            } else
                f.defaultViewDate = d();
            f.showOnFocus = f.showOnFocus !== b ? f.showOnFocus : !0
        },
        _events: [],
        _secondaryEvents: [],
        _applyEvents: function(a) {
            for (var c, d, e, f = 0; f < a.length; f++)
                c = a[f][0],
                2 === a[f].length ? (d = b,
                e = a[f][1]) : 3 === a[f].length && (d = a[f][1],
                e = a[f][2]),
                c.on(e, d)
        },
        _unapplyEvents: function(a) {
            for (var c, d, e, f = 0; f < a.length; f++)
                c = a[f][0],
                2 === a[f].length ? (e = b,
                d = a[f][1]) : 3 === a[f].length && (e = a[f][1],
                d = a[f][2]),
                c.off(d, e)
        },
        _buildEvents: function() {
            var b = {
                keyup: a.proxy(function(b) {
                    -1 === a.inArray(b.keyCode, [27, 37, 39, 38, 40, 32, 13, 9]) && this.update()
                }, this),
                keydown: a.proxy(this.keydown, this)
            };
            this.o.showOnFocus === !0 && (b.focus = a.proxy(this.show, this)),
            this.isInput ? this._events = [[this.element, b]] : this.component && this.hasInput ? this._events = [[this.element.find("input"), b], [this.component, {
                click: a.proxy(this.show, this)
            }]] : this.element.is("div") ? this.isInline = !0 : this._events = [[this.element, {
                click: a.proxy(this.show, this)
            }]],
            this._events.push([this.element, "*", {
                blur: a.proxy(function(a) {
                    this._focused_from = a.target
                }, this)
            }], [this.element, {
                blur: a.proxy(function(a) {
                    this._focused_from = a.target
                }, this)
            }]),
            this._secondaryEvents = [[this.picker, {
                click: a.proxy(this.click, this)
            }], [a(window), {
                resize: a.proxy(this.place, this)
            }], [a(document), {
                "mousedown touchstart": a.proxy(function(a) {
                    this.element.is(a.target) || this.element.find(a.target).length || this.picker.is(a.target) || this.picker.find(a.target).length || this.hide()
                }, this)
            }]]
        },
        _attachEvents: function() {
            this._detachEvents(),
            this._applyEvents(this._events)
        },
        _detachEvents: function() {
            this._unapplyEvents(this._events)
        },
        _attachSecondaryEvents: function() {
            this._detachSecondaryEvents(),
            this._applyEvents(this._secondaryEvents)
        },
        _detachSecondaryEvents: function() {
            this._unapplyEvents(this._secondaryEvents)
        },
        _trigger: function(b, c) {
            var d = c || this.dates.get(-1)
              , e = this._utc_to_local(d);
            this.element.trigger({
                type: b,
                date: e,
                dates: a.map(this.dates, this._utc_to_local),
                format: a.proxy(function(a, b) {
                    0 === arguments.length ? (a = this.dates.length - 1,
                    b = this.o.format) : "string" == typeof a && (b = a,
                    a = this.dates.length - 1),
                    b = b || this.o.format;
                    var c = this.dates.get(a);
                    return q.formatDate(c, b, this.o.language)
                }, this)
            })
        },
        show: function() {
            return this.element.attr("readonly") && this.o.enableOnReadonly === !1 ? void 0 : (this.isInline || this.picker.appendTo(this.o.container),
            this.place(),
            this.picker.show(),
            this._attachSecondaryEvents(),
            this._trigger("show"),
            (window.navigator.msMaxTouchPoints || "ontouchstart"in document) && this.o.disableTouchKeyboard && a(this.element).blur(),
            this)
        },
        hide: function() {
            return this.isInline ? this : this.picker.is(":visible") ? (this.focusDate = null,
            this.picker.hide().detach(),
            this._detachSecondaryEvents(),
            this.viewMode = this.o.startView,
            this.showMode(),
            this.o.forceParse && (this.isInput && this.element.val() || this.hasInput && this.element.find("input").val()) && this.setValue(),
            this._trigger("hide"),
            this) : this
        },
        remove: function() {
            return this.hide(),
            this._detachEvents(),
            this._detachSecondaryEvents(),
            this.picker.remove(),
            delete this.element.data().datepicker,
            this.isInput || delete this.element.data().date,
            this
        },
        _utc_to_local: function(a) {
            return a && new Date(a.getTime() + 6e4 * a.getTimezoneOffset())
        },
        _local_to_utc: function(a) {
            return a && new Date(a.getTime() - 6e4 * a.getTimezoneOffset())
        },
        _zero_time: function(a) {
            return a && new Date(a.getFullYear(),a.getMonth(),a.getDate())
        },
        _zero_utc_time: function(a) {
            return a && new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth(), a.getUTCDate()))
        },
        getDates: function() {
            return a.map(this.dates, this._utc_to_local)
        },
        getUTCDates: function() {
            return a.map(this.dates, function(a) {
                return new Date(a)
            })
        },
        getDate: function() {
            return this._utc_to_local(this.getUTCDate())
        },
        getUTCDate: function() {
            var a = this.dates.get(-1);
            return "undefined" != typeof a ? new Date(a) : null
        },
        clearDates: function() {
            var a;
            this.isInput ? a = this.element : this.component && (a = this.element.find("input")),
            a && a.val("").change(),
            this.update(),
            this._trigger("changeDate"),
            this.o.autoclose && this.hide()
        },
        setDates: function() {
            var b = a.isArray(arguments[0]) ? arguments[0] : arguments;
            return this.update.apply(this, b),
            this._trigger("changeDate"),
            this.setValue(),
            this
        },
        setUTCDates: function() {
            var b = a.isArray(arguments[0]) ? arguments[0] : arguments;
            return this.update.apply(this, a.map(b, this._utc_to_local)),
            this._trigger("changeDate"),
            this.setValue(),
            this
        },
        setDate: f("setDates"),
        setUTCDate: f("setUTCDates"),
        setValue: function() {
            var a = this.getFormattedDate();
            return this.isInput ? this.element.val(a).change() : this.component && this.element.find("input").val(a).change(),
            this
        },
        getFormattedDate: function(c) {
            c === b && (c = this.o.format);
            var d = this.o.language;
            return a.map(this.dates, function(a) {
                return q.formatDate(a, c, d)
            }).join(this.o.multidateSeparator)
        },
        setStartDate: function(a) {
            return this._process_options({
                startDate: a
            }),
            this.update(),
            this.updateNavArrows(),
            this
        },
        setEndDate: function(a) {
            return this._process_options({
                endDate: a
            }),
            this.update(),
            this.updateNavArrows(),
            this
        },
        setDaysOfWeekDisabled: function(a) {
            return this._process_options({
                daysOfWeekDisabled: a
            }),
            this.update(),
            this.updateNavArrows(),
            this
        },
        setDatesDisabled: function(a) {
            this._process_options({
                datesDisabled: a
            }),
            this.update(),
            this.updateNavArrows()
        },
        place: function() {
            if (this.isInline)
                return this;
            var b = this.picker.outerWidth()
              , c = this.picker.outerHeight()
              , d = 10
              , e = a(this.o.container).width()
              , f = a(this.o.container).height()
              , g = a(this.o.container).scrollTop()
              , h = a(this.o.container).offset()
              , i = [];
            this.element.parents().each(function() {
                var b = a(this).css("z-index");
                "auto" !== b && 0 !== b && i.push(parseInt(b))
            });
            var j = Math.max.apply(Math, i) + 10
              , k = this.component ? this.component.parent().offset() : this.element.offset()
              , l = this.component ? this.component.outerHeight(!0) : this.element.outerHeight(!1)
              , m = this.component ? this.component.outerWidth(!0) : this.element.outerWidth(!1)
              , n = k.left - h.left
              , o = k.top - h.top;
            this.picker.removeClass("datepicker-orient-top datepicker-orient-bottom datepicker-orient-right datepicker-orient-left"),
            "auto" !== this.o.orientation.x ? (this.picker.addClass("datepicker-orient-" + this.o.orientation.x),
            "right" === this.o.orientation.x && (n -= b - m)) : k.left < 0 ? (this.picker.addClass("datepicker-orient-left"),
            n -= k.left - d) : n + b > e ? (this.picker.addClass("datepicker-orient-right"),
            n = k.left + m - b) : this.picker.addClass("datepicker-orient-left");
            var p, q, r = this.o.orientation.y;
            if ("auto" === r && (p = -g + o - c,
            q = g + f - (o + l + c),
            r = Math.max(p, q) === q ? "top" : "bottom"),
            this.picker.addClass("datepicker-orient-" + r),
            "top" === r ? o += l : o -= c + parseInt(this.picker.css("padding-top")),
            this.o.rtl) {
                var s = e - (n + m);
                this.picker.css({
                    top: o,
                    right: s,
                    zIndex: j
                })
            } else
                this.picker.css({
                    top: o,
                    left: n,
                    zIndex: j
                });
            return this
        },
        _allow_update: !0,
        update: function() {
            if (!this._allow_update)
                return this;
            var b = this.dates.copy()
              , c = []
              , d = !1;
            return arguments.length ? (a.each(arguments, a.proxy(function(a, b) {
                b instanceof Date && (b = this._local_to_utc(b)),
                c.push(b)
            }, this)),
            d = !0) : (c = this.isInput ? this.element.val() : this.element.data("date") || this.element.find("input").val(),
            c = c && this.o.multidate ? c.split(this.o.multidateSeparator) : [c],
            delete this.element.data().date),
            c = a.map(c, a.proxy(function(a) {
                return q.parseDate(a, this.o.format, this.o.language)
            }, this)),
            c = a.grep(c, a.proxy(function(a) {
                return a < this.o.startDate || a > this.o.endDate || !a
            }, this), !0),
            this.dates.replace(c),
            this.dates.length ? this.viewDate = new Date(this.dates.get(-1)) : this.viewDate < this.o.startDate ? this.viewDate = new Date(this.o.startDate) : this.viewDate > this.o.endDate && (this.viewDate = new Date(this.o.endDate)),
            d ? this.setValue() : c.length && String(b) !== String(this.dates) && this._trigger("changeDate"),
            !this.dates.length && b.length && this._trigger("clearDate"),
            this.fill(),
            this
        },
        fillDow: function() {
            var a = this.o.weekStart
              , b = "<tr>";
            if (this.o.calendarWeeks) {
                this.picker.find(".datepicker-days thead tr:first-child .datepicker-switch").attr("colspan", function(a, b) {
                    return parseInt(b) + 1
                });
                var c = '<th class="cw">&#160;</th>';
                b += c
            }
            for (; a < this.o.weekStart + 7; )
                b += '<th class="dow">' + p[this.o.language].daysMin[a++ % 7] + "</th>";
            b += "</tr>",
            this.picker.find(".datepicker-days thead").append(b)
        },
        fillMonths: function() {
            for (var a = "", b = 0; 12 > b; )
                a += '<span class="month">' + p[this.o.language].monthsShort[b++] + "</span>";
            this.picker.find(".datepicker-months td").html(a)
        },
        setRange: function(b) {
            b && b.length ? this.range = a.map(b, function(a) {
                return a.valueOf()
            }) : delete this.range,
            this.fill()
        },
        getClassNames: function(b) {
            var c = []
              , d = this.viewDate.getUTCFullYear()
              , f = this.viewDate.getUTCMonth()
              , g = new Date;
            return b.getUTCFullYear() < d || b.getUTCFullYear() === d && b.getUTCMonth() < f ? c.push("old") : (b.getUTCFullYear() > d || b.getUTCFullYear() === d && b.getUTCMonth() > f) && c.push("new"),
            this.focusDate && b.valueOf() === this.focusDate.valueOf() && c.push("focused"),
            this.o.todayHighlight && b.getUTCFullYear() === g.getFullYear() && b.getUTCMonth() === g.getMonth() && b.getUTCDate() === g.getDate() && c.push("today"),
            -1 !== this.dates.contains(b) && c.push("active"),
            (b.valueOf() < this.o.startDate || b.valueOf() > this.o.endDate || -1 !== a.inArray(b.getUTCDay(), this.o.daysOfWeekDisabled)) && c.push("disabled"),
            this.o.datesDisabled.length > 0 && a.grep(this.o.datesDisabled, function(a) {
                return e(b, a)
            }).length > 0 && c.push("disabled", "disabled-date"),
            this.range && (b > this.range[0] && b < this.range[this.range.length - 1] && c.push("range"),
            -1 !== a.inArray(b.valueOf(), this.range) && c.push("selected")),
            c
        },
        fill: function() {
            var d, e = new Date(this.viewDate), f = e.getUTCFullYear(), g = e.getUTCMonth(), h = this.o.startDate !== -1 / 0 ? this.o.startDate.getUTCFullYear() : -1 / 0, i = this.o.startDate !== -1 / 0 ? this.o.startDate.getUTCMonth() : -1 / 0, j = 1 / 0 !== this.o.endDate ? this.o.endDate.getUTCFullYear() : 1 / 0, k = 1 / 0 !== this.o.endDate ? this.o.endDate.getUTCMonth() : 1 / 0, l = p[this.o.language].today || p.en.today || "", m = p[this.o.language].clear || p.en.clear || "";
            if (!isNaN(f) && !isNaN(g)) {
                this.picker.find(".datepicker-days thead .datepicker-switch").text(p[this.o.language].months[g] + " " + f),
                this.picker.find("tfoot .today").text(l).toggle(this.o.todayBtn !== !1),
                this.picker.find("tfoot .clear").text(m).toggle(this.o.clearBtn !== !1),
                this.updateNavArrows(),
                this.fillMonths();
                var n = c(f, g - 1, 28)
                  , o = q.getDaysInMonth(n.getUTCFullYear(), n.getUTCMonth());
                n.setUTCDate(o),
                n.setUTCDate(o - (n.getUTCDay() - this.o.weekStart + 7) % 7);
                var r = new Date(n);
                r.setUTCDate(r.getUTCDate() + 42),
                r = r.valueOf();
                for (var s, t = []; n.valueOf() < r; ) {
                    if (n.getUTCDay() === this.o.weekStart && (t.push("<tr>"),
                    this.o.calendarWeeks)) {
                        var u = new Date(+n + (this.o.weekStart - n.getUTCDay() - 7) % 7 * 864e5)
                          , v = new Date(Number(u) + (11 - u.getUTCDay()) % 7 * 864e5)
                          , w = new Date(Number(w = c(v.getUTCFullYear(), 0, 1)) + (11 - w.getUTCDay()) % 7 * 864e5)
                          , x = (v - w) / 864e5 / 7 + 1;
                        t.push('<td class="cw">' + x + "</td>")
                    }
                    if (s = this.getClassNames(n),
                    s.push("day"),
                    this.o.beforeShowDay !== a.noop) {
                        var y = this.o.beforeShowDay(this._utc_to_local(n));
                        y === b ? y = {} : "boolean" == typeof y ? y = {
                            enabled: y
                        } : "string" == typeof y && (y = {
                            classes: y
                        }),
                        y.enabled === !1 && s.push("disabled"),
                        y.classes && (s = s.concat(y.classes.split(/\s+/))),
                        y.tooltip && (d = y.tooltip)
                    }
                    s = a.unique(s),
                    t.push('<td class="' + s.join(" ") + '"' + (d ? ' title="' + d + '"' : "") + ">" + n.getUTCDate() + "</td>"),
                    d = null,
                    n.getUTCDay() === this.o.weekEnd && t.push("</tr>"),
                    n.setUTCDate(n.getUTCDate() + 1)
                }
                this.picker.find(".datepicker-days tbody").empty().append(t.join(""));
                var z = this.picker.find(".datepicker-months").find("th:eq(1)").text(f).end().find("span").removeClass("active");
                if (a.each(this.dates, function(a, b) {
                    b.getUTCFullYear() === f && z.eq(b.getUTCMonth()).addClass("active")
                }),
                (h > f || f > j) && z.addClass("disabled"),
                f === h && z.slice(0, i).addClass("disabled"),
                f === j && z.slice(k + 1).addClass("disabled"),
                this.o.beforeShowMonth !== a.noop) {
                    var A = this;
                    a.each(z, function(b, c) {
                        if (!a(c).hasClass("disabled")) {
                            var d = new Date(f,b,1)
                              , e = A.o.beforeShowMonth(d);
                            e === !1 && a(c).addClass("disabled")
                        }
                    })
                }
                t = "",
                f = 10 * parseInt(f / 10, 10);
                var B = this.picker.find(".datepicker-years").find("th:eq(1)").text(f + "-" + (f + 9)).end().find("td");
                f -= 1;
                for (var C, D = a.map(this.dates, function(a) {
                    return a.getUTCFullYear()
                }), E = -1; 11 > E; E++)
                    C = ["year"],
                    -1 === E ? C.push("old") : 10 === E && C.push("new"),
                    -1 !== a.inArray(f, D) && C.push("active"),
                    (h > f || f > j) && C.push("disabled"),
                    t += '<span class="' + C.join(" ") + '">' + f + "</span>",
                    f += 1;
                B.html(t)
            }
        },
        updateNavArrows: function() {
            if (this._allow_update) {
                var a = new Date(this.viewDate)
                  , b = a.getUTCFullYear()
                  , c = a.getUTCMonth();
                switch (this.viewMode) {
                case 0:
                    this.picker.find(".prev").css(this.o.startDate !== -1 / 0 && b <= this.o.startDate.getUTCFullYear() && c <= this.o.startDate.getUTCMonth() ? {
                        visibility: "hidden"
                    } : {
                        visibility: "visible"
                    }),
                    this.picker.find(".next").css(1 / 0 !== this.o.endDate && b >= this.o.endDate.getUTCFullYear() && c >= this.o.endDate.getUTCMonth() ? {
                        visibility: "hidden"
                    } : {
                        visibility: "visible"
                    });
                    break;
                case 1:
                case 2:
                    this.picker.find(".prev").css(this.o.startDate !== -1 / 0 && b <= this.o.startDate.getUTCFullYear() ? {
                        visibility: "hidden"
                    } : {
                        visibility: "visible"
                    }),
                    this.picker.find(".next").css(1 / 0 !== this.o.endDate && b >= this.o.endDate.getUTCFullYear() ? {
                        visibility: "hidden"
                    } : {
                        visibility: "visible"
                    })
                }
            }
        },
        click: function(b) {
            b.preventDefault();
            var d, e, f, g = a(b.target).closest("span, td, th");
            if (1 === g.length)
                switch (g[0].nodeName.toLowerCase()) {
                case "th":
                    switch (g[0].className) {
                    case "datepicker-switch":
                        this.showMode(1);
                        break;
                    case "prev":
                    case "next":
                        var h = q.modes[this.viewMode].navStep * ("prev" === g[0].className ? -1 : 1);
                        switch (this.viewMode) {
                        case 0:
                            this.viewDate = this.moveMonth(this.viewDate, h),
                            this._trigger("changeMonth", this.viewDate);
                            break;
                        case 1:
                        case 2:
                            this.viewDate = this.moveYear(this.viewDate, h),
                            1 === this.viewMode && this._trigger("changeYear", this.viewDate)
                        }
                        this.fill();
                        break;
                    case "today":
                        var i = new Date;
                        i = c(i.getFullYear(), i.getMonth(), i.getDate(), 0, 0, 0),
                        this.showMode(-2);
                        var j = "linked" === this.o.todayBtn ? null : "view";
                        this._setDate(i, j);
                        break;
                    case "clear":
                        this.clearDates()
                    }
                    break;
                case "span":
                    g.hasClass("disabled") || (this.viewDate.setUTCDate(1),
                    g.hasClass("month") ? (f = 1,
                    e = g.parent().find("span").index(g),
                    d = this.viewDate.getUTCFullYear(),
                    this.viewDate.setUTCMonth(e),
                    this._trigger("changeMonth", this.viewDate),
                    1 === this.o.minViewMode && this._setDate(c(d, e, f))) : (f = 1,
                    e = 0,
                    d = parseInt(g.text(), 10) || 0,
                    this.viewDate.setUTCFullYear(d),
                    this._trigger("changeYear", this.viewDate),
                    2 === this.o.minViewMode && this._setDate(c(d, e, f))),
                    this.showMode(-1),
                    this.fill());
                    break;
                case "td":
                    g.hasClass("day") && !g.hasClass("disabled") && (f = parseInt(g.text(), 10) || 1,
                    d = this.viewDate.getUTCFullYear(),
                    e = this.viewDate.getUTCMonth(),
                    g.hasClass("old") ? 0 === e ? (e = 11,
                    d -= 1) : e -= 1 : g.hasClass("new") && (11 === e ? (e = 0,
                    d += 1) : e += 1),
                    this._setDate(c(d, e, f)))
                }
            this.picker.is(":visible") && this._focused_from && a(this._focused_from).focus(),
            delete this._focused_from
        },
        _toggle_multidate: function(a) {
            var b = this.dates.contains(a);
            if (a || this.dates.clear(),
            -1 !== b ? (this.o.multidate === !0 || this.o.multidate > 1 || this.o.toggleActive) && this.dates.remove(b) : this.o.multidate === !1 ? (this.dates.clear(),
            this.dates.push(a)) : this.dates.push(a),
            "number" == typeof this.o.multidate)
                for (; this.dates.length > this.o.multidate; )
                    this.dates.remove(0)
        },
        _setDate: function(a, b) {
            b && "date" !== b || this._toggle_multidate(a && new Date(a)),
            b && "view" !== b || (this.viewDate = a && new Date(a)),
            this.fill(),
            this.setValue(),
            b && "view" === b || this._trigger("changeDate");
            var c;
            this.isInput ? c = this.element : this.component && (c = this.element.find("input")),
            c && c.change(),
            !this.o.autoclose || b && "date" !== b || this.hide()
        },
        moveMonth: function(a, c) {
            if (!a)
                return b;
            if (!c)
                return a;
            var d, e, f = new Date(a.valueOf()), g = f.getUTCDate(), h = f.getUTCMonth(), i = Math.abs(c);
            if (c = c > 0 ? 1 : -1,
            1 === i)
                e = -1 === c ? function() {
                    return f.getUTCMonth() === h
                }
                : function() {
                    return f.getUTCMonth() !== d
                }
                ,
                d = h + c,
                f.setUTCMonth(d),
                (0 > d || d > 11) && (d = (d + 12) % 12);
            else {
                for (var j = 0; i > j; j++)
                    f = this.moveMonth(f, c);
                d = f.getUTCMonth(),
                f.setUTCDate(g),
                e = function() {
                    return d !== f.getUTCMonth()
                }
            }
            for (; e(); )
                f.setUTCDate(--g),
                f.setUTCMonth(d);
            return f
        },
        moveYear: function(a, b) {
            return this.moveMonth(a, 12 * b)
        },
        dateWithinRange: function(a) {
            return a >= this.o.startDate && a <= this.o.endDate
        },
        keydown: function(a) {
            if (!this.picker.is(":visible"))
                return void (27 === a.keyCode && this.show());
            var b, c, e, f = !1, g = this.focusDate || this.viewDate;
            switch (a.keyCode) {
            case 27:
                this.focusDate ? (this.focusDate = null,
                this.viewDate = this.dates.get(-1) || this.viewDate,
                this.fill()) : this.hide(),
                a.preventDefault();
                break;
            case 37:
            case 39:
                if (!this.o.keyboardNavigation)
                    break;
                b = 37 === a.keyCode ? -1 : 1,
                a.ctrlKey ? (c = this.moveYear(this.dates.get(-1) || d(), b),
                e = this.moveYear(g, b),
                this._trigger("changeYear", this.viewDate)) : a.shiftKey ? (c = this.moveMonth(this.dates.get(-1) || d(), b),
                e = this.moveMonth(g, b),
                this._trigger("changeMonth", this.viewDate)) : (c = new Date(this.dates.get(-1) || d()),
                c.setUTCDate(c.getUTCDate() + b),
                e = new Date(g),
                e.setUTCDate(g.getUTCDate() + b)),
                this.dateWithinRange(e) && (this.focusDate = this.viewDate = e,
                this.setValue(),
                this.fill(),
                a.preventDefault());
                break;
            case 38:
            case 40:
                if (!this.o.keyboardNavigation)
                    break;
                b = 38 === a.keyCode ? -1 : 1,
                a.ctrlKey ? (c = this.moveYear(this.dates.get(-1) || d(), b),
                e = this.moveYear(g, b),
                this._trigger("changeYear", this.viewDate)) : a.shiftKey ? (c = this.moveMonth(this.dates.get(-1) || d(), b),
                e = this.moveMonth(g, b),
                this._trigger("changeMonth", this.viewDate)) : (c = new Date(this.dates.get(-1) || d()),
                c.setUTCDate(c.getUTCDate() + 7 * b),
                e = new Date(g),
                e.setUTCDate(g.getUTCDate() + 7 * b)),
                this.dateWithinRange(e) && (this.focusDate = this.viewDate = e,
                this.setValue(),
                this.fill(),
                a.preventDefault());
                break;
            case 32:
                break;
            case 13:
                g = this.focusDate || this.dates.get(-1) || this.viewDate,
                this.o.keyboardNavigation && (this._toggle_multidate(g),
                f = !0),
                this.focusDate = null,
                this.viewDate = this.dates.get(-1) || this.viewDate,
                this.setValue(),
                this.fill(),
                this.picker.is(":visible") && (a.preventDefault(),
                "function" == typeof a.stopPropagation ? a.stopPropagation() : a.cancelBubble = !0,
                this.o.autoclose && this.hide());
                break;
            case 9:
                this.focusDate = null,
                this.viewDate = this.dates.get(-1) || this.viewDate,
                this.fill(),
                this.hide()
            }
            if (f) {
                this._trigger(this.dates.length ? "changeDate" : "clearDate");
                var h;
                this.isInput ? h = this.element : this.component && (h = this.element.find("input")),
                h && h.change()
            }
        },
        showMode: function(a) {
            a && (this.viewMode = Math.max(this.o.minViewMode, Math.min(2, this.viewMode + a))),
            this.picker.children("div").hide().filter(".datepicker-" + q.modes[this.viewMode].clsName).css("display", "block"),
            this.updateNavArrows()
        }
    };
    var k = function(b, c) {
        this.element = a(b),
        this.inputs = a.map(c.inputs, function(a) {
            return a.jquery ? a[0] : a
        }),
        delete c.inputs,
        m.call(a(this.inputs), c).bind("changeDate", a.proxy(this.dateUpdated, this)),
        this.pickers = a.map(this.inputs, function(b) {
            return a(b).data("datepicker")
        }),
        this.updateDates()
    };
    k.prototype = {
        updateDates: function() {
            this.dates = a.map(this.pickers, function(a) {
                return a.getUTCDate()
            }),
            this.updateRanges()
        },
        updateRanges: function() {
            var b = a.map(this.dates, function(a) {
                return a.valueOf()
            });
            a.each(this.pickers, function(a, c) {
                c.setRange(b)
            })
        },
        dateUpdated: function(b) {
            if (!this.updating) {
                this.updating = !0;
                var c = a(b.target).data("datepicker")
                  , d = c.getUTCDate()
                  , e = a.inArray(b.target, this.inputs)
                  , f = e - 1
                  , g = e + 1
                  , h = this.inputs.length;
                if (-1 !== e) {
                    if (a.each(this.pickers, function(a, b) {
                        b.getUTCDate() || b.setUTCDate(d)
                    }),
                    d < this.dates[f])
                        for (; f >= 0 && d < this.dates[f]; )
                            this.pickers[f--].setUTCDate(d);
                    else if (d > this.dates[g])
                        for (; h > g && d > this.dates[g]; )
                            this.pickers[g++].setUTCDate(d);
                    this.updateDates(),
                    delete this.updating
                }
            }
        },
        remove: function() {
            a.map(this.pickers, function(a) {
                a.remove()
            }),
            delete this.element.data().datepicker
        }
    };
    var l = a.fn.datepicker
      , m = function(c) {
        var d = Array.apply(null, arguments);
        d.shift();
        var e;
        return this.each(function() {
            var f = a(this)
              , i = f.data("datepicker")
              , l = "object" == typeof c && c;
            if (!i) {
                var m = g(this, "date")
                  , o = a.extend({}, n, m, l)
                  , p = h(o.language)
                  , q = a.extend({}, n, p, m, l);
                if (f.hasClass("input-daterange") || q.inputs) {
                    var r = {
                        inputs: q.inputs || f.find("input").toArray()
                    };
                    f.data("datepicker", i = new k(this,a.extend(q, r)))
                } else
                    f.data("datepicker", i = new j(this,q))
            }
            return "string" == typeof c && "function" == typeof i[c] && (e = i[c].apply(i, d),
            e !== b) ? !1 : void 0
        }),
        e !== b ? e : this
    };
    a.fn.datepicker = m;
    var n = a.fn.datepicker.defaults = {
        autoclose: !1,
        beforeShowDay: a.noop,
        beforeShowMonth: a.noop,
        calendarWeeks: !1,
        clearBtn: !1,
        toggleActive: !1,
        daysOfWeekDisabled: [],
        datesDisabled: [],
        endDate: 1 / 0,
        forceParse: !0,
        format: "mm/dd/yyyy",
        keyboardNavigation: !0,
        language: "en",
        minViewMode: 0,
        multidate: !1,
        multidateSeparator: ",",
        orientation: "auto",
        rtl: !1,
        startDate: -1 / 0,
        startView: 0,
        todayBtn: !1,
        todayHighlight: !1,
        weekStart: 0,
        disableTouchKeyboard: !1,
        enableOnReadonly: !0,
        container: "body"
    }
      , o = a.fn.datepicker.locale_opts = ["format", "rtl", "weekStart"];
    a.fn.datepicker.Constructor = j;
    var p = a.fn.datepicker.dates = {
        en: {
            days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            daysShort: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            daysMin: ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
            months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
            monthsShort: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
            today: "Today",
            clear: "Clear"
        }
    }
      , q = {
        modes: [{
            clsName: "days",
            navFnc: "Month",
            navStep: 1
        }, {
            clsName: "months",
            navFnc: "FullYear",
            navStep: 1
        }, {
            clsName: "years",
            navFnc: "FullYear",
            navStep: 10
        }],
        isLeapYear: function(a) {
            return a % 4 === 0 && a % 100 !== 0 || a % 400 === 0
        },
        getDaysInMonth: function(a, b) {
            return [31, q.isLeapYear(a) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][b]
        },
        validParts: /dd?|DD?|mm?|MM?|yy(?:yy)?/g,
        nonpunctuation: /[^ -\/:-@\[\u3400-\u9fff-`{-~\t\n\r]+/g,
        parseFormat: function(a) {
            var b = a.replace(this.validParts, "\x00").split("\x00")
              , c = a.match(this.validParts);
            if (!b || !b.length || !c || 0 === c.length)
                throw new Error("Invalid date format.");
            return {
                separators: b,
                parts: c
            }
        },
        parseDate: function(d, e, f) {
            function g() {
                var a = this.slice(0, m[k].length)
                  , b = m[k].slice(0, a.length);
                return a.toLowerCase() === b.toLowerCase()
            }
            if (!d)
                return b;
            if (d instanceof Date)
                return d;
            "string" == typeof e && (e = q.parseFormat(e));
            var h, i, k, l = /([\-+]\d+)([dmwy])/, m = d.match(/([\-+]\d+)([dmwy])/g);
            if (/^[\-+]\d+[dmwy]([\s,]+[\-+]\d+[dmwy])*$/.test(d)) {
                for (d = new Date,
                k = 0; k < m.length; k++)
                    switch (h = l.exec(m[k]),
                    i = parseInt(h[1]),
                    h[2]) {
                    case "d":
                        d.setUTCDate(d.getUTCDate() + i);
                        break;
                    case "m":
                        d = j.prototype.moveMonth.call(j.prototype, d, i);
                        break;
                    case "w":
                        d.setUTCDate(d.getUTCDate() + 7 * i);
                        break;
                    case "y":
                        d = j.prototype.moveYear.call(j.prototype, d, i)
                    }
                return c(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 0, 0, 0)
            }
            m = d && d.match(this.nonpunctuation) || [],
            d = new Date;
            var n, o, r = {}, s = ["yyyy", "yy", "M", "MM", "m", "mm", "d", "dd"], t = {
                yyyy: function(a, b) {
                    return a.setUTCFullYear(b)
                },
                yy: function(a, b) {
                    return a.setUTCFullYear(2e3 + b)
                },
                m: function(a, b) {
                    if (isNaN(a))
                        return a;
                    for (b -= 1; 0 > b; )
                        b += 12;
                    for (b %= 12,
                    a.setUTCMonth(b); a.getUTCMonth() !== b; )
                        a.setUTCDate(a.getUTCDate() - 1);
                    return a
                },
                d: function(a, b) {
                    return a.setUTCDate(b)
                }
            };
            t.M = t.MM = t.mm = t.m,
            t.dd = t.d,
            d = c(d.getFullYear(), d.getMonth(), d.getDate(), 0, 0, 0);
            var u = e.parts.slice();
            if (m.length !== u.length && (u = a(u).filter(function(b, c) {
                return -1 !== a.inArray(c, s)
            }).toArray()),
            m.length === u.length) {
                var v;
                for (k = 0,
                v = u.length; v > k; k++) {
                    if (n = parseInt(m[k], 10),
                    h = u[k],
                    isNaN(n))
                        switch (h) {
                        case "MM":
                            o = a(p[f].months).filter(g),
                            n = a.inArray(o[0], p[f].months) + 1;
                            break;
                        case "M":
                            o = a(p[f].monthsShort).filter(g),
                            n = a.inArray(o[0], p[f].monthsShort) + 1
                        }
                    r[h] = n
                }
                var w, x;
                for (k = 0; k < s.length; k++)
                    x = s[k],
                    x in r && !isNaN(r[x]) && (w = new Date(d),
                    t[x](w, r[x]),
                    isNaN(w) || (d = w))
            }
            return d
        },
        formatDate: function(b, c, d) {
            if (!b)
                return "";
            "string" == typeof c && (c = q.parseFormat(c));
            var e = {
                d: b.getUTCDate(),
                D: p[d].daysShort[b.getUTCDay()],
                DD: p[d].days[b.getUTCDay()],
                m: b.getUTCMonth() + 1,
                M: p[d].monthsShort[b.getUTCMonth()],
                MM: p[d].months[b.getUTCMonth()],
                yy: b.getUTCFullYear().toString().substring(2),
                yyyy: b.getUTCFullYear()
            };
            e.dd = (e.d < 10 ? "0" : "") + e.d,
            e.mm = (e.m < 10 ? "0" : "") + e.m,
            b = [];
            for (var f = a.extend([], c.separators), g = 0, h = c.parts.length; h >= g; g++)
                f.length && b.push(f.shift()),
                b.push(e[c.parts[g]]);
            return b.join("")
        },
        headTemplate: '<thead><tr><th class="prev">&#171;</th><th colspan="5" class="datepicker-switch"></th><th class="next">&#187;</th></tr></thead>',
        contTemplate: '<tbody><tr><td colspan="7"></td></tr></tbody>',
        footTemplate: '<tfoot><tr><th colspan="7" class="today"></th></tr><tr><th colspan="7" class="clear"></th></tr></tfoot>'
    };
    q.template = '<div class="datepicker"><div class="datepicker-days"><table class=" table-condensed">' + q.headTemplate + "<tbody></tbody>" + q.footTemplate + '</table></div><div class="datepicker-months"><table class="table-condensed">' + q.headTemplate + q.contTemplate + q.footTemplate + '</table></div><div class="datepicker-years"><table class="table-condensed">' + q.headTemplate + q.contTemplate + q.footTemplate + "</table></div></div>",
    a.fn.datepicker.DPGlobal = q,
    a.fn.datepicker.noConflict = function() {
        return a.fn.datepicker = l,
        this
    }
    ,
    a.fn.datepicker.version = "1.4.0",
    a(document).on("focus.datepicker.data-api click.datepicker.data-api", '[data-provide="datepicker"]', function(b) {
        var c = a(this);
        c.data("datepicker") || (b.preventDefault(),
        m.call(c, "show"))
    }),
    a(function() {
        m.call(a('[data-provide="datepicker-inline"]'))
    })
}(window.jQuery);
