<!DOCTYPE html>
<html>
<head>
    <meta content="text/html; charset=utf-8" http-equiv="content-type">
    
    <meta charset="utf-8">
    <meta content="IE=edge" http-equiv="X-UA-Compatible">
    <meta content="width=device-width, initial-scale=1.0" name="viewport">
    <meta name="csrf-token">
    <meta content="Caffeine - Data transmission designed for iOS" property=
    "og:title">
    
    <meta content="The Future of Mobile Networking" property=
    "og:description">
    <title>Caffeine: Awesome Developer Tools</title>
    <link rel="icon" type="image/ico" href="http://www.mysite.com/favicon.ico"/>

    <script src="js/html5shiv.min.js" type="text/javascript">
    </script>
    <script src="vendor/bower_components/jquery/dist/jquery.min.js" type=
    "text/javascript">
    </script>
    <script src="vendor/bower_components/progress.js/src/progress.js" type=
    "text/javascript">
    </script>
    <script src="vendor/bower_components/jquery.transit/jquery.transit.js"
    type="text/javascript">
    </script>
    <script src="vendor/bower_components/jquery.ui/jquery-ui.min.js" type=
    "text/javascript">
    </script>
    <script src="vendor/bower_components/jquery.subscribe/index.js" type=
    "text/javascript">
    </script>
    <script src="vendor/bower_components/tooltipsy/tooltipsy.min.js" type=
    "text/javascript">
    </script>
    <script src="vendor/bower_components/bootstrap/dist/js/bootstrap.min.js"
    type="text/javascript">
    </script>
    <script src="vendor/bower_components/jquery-timeago/jquery.timeago.js"
    type="text/javascript">
    </script>
    <script src="js/circle-progress.js" type="text/javascript">
    </script>
    <link href="stylesheets/reset.css" media="all" rel="stylesheet">
    <script src="vendor/pages/classie/classie.js" type="text/javascript">
    </script>
    <link href="vendor/bower_components/fontawesome/css/font-awesome.min.css"
    rel="stylesheet">
    <link href="stylesheets/pages-icons.css" rel="stylesheet" type="text/css">
    <link href="vendor/bower_components/bootstrap/dist/css/bootstrap.min.css"
    rel="stylesheet">
    
    <link href=
    "https://fonts.googleapis.com/css?family=Open+Sans:400,400italic,700,700italic,300italic,300"
    rel="stylesheet" type="text/css">
    <link href="stylesheets/global.css" media="screen" rel="stylesheet">
    <script src="js/anchorSmoothScroll.js" type="text/javascript">
    </script>
    <script src="vendor/bower_components/instafeed.js/instafeed.min.html" type=
    "text/javascript">
    </script>
    <style>
    #footer{
    background-image: -webkit-linear-gradient(-90deg, rgba(0,0,0,1), rgba(0,0,0,0.4)), url(images/architecture-facade.jpg);
    background-image: linear-gradient(180deg, rgba(0,0,0,1), rgba(0,0,0,0.4)), url(images/architecture-facade.jpg);

    }
    </style>
    <script type="text/javascript">
    var pathString = "/about";
    window.onConsolePage = pathString.indexOf("console") > -1;
    window.onTeamsPage = pathString.indexOf("teams") > -1;
    </script>
</head>
<body class="no-js">
    <a id="top" name="top"></a>
    <header id="header">
        <div class="branding">
            <div class="container" style="width: inherit">
                <div class="logo small">
                    <a href="index.html">Caffeine</a>
                </div>
            </div>
        </div>
        <nav class="mainNav">
            <div class="container" style="padding-top:1em;padding-bottom:1em;">
                <ul class="menu centerMobile">
                    <li>
                        <a class="alt-font" href="index.html" style=
                        "opacity: 0.5">Preview</a>
                    </li>
                    <li>
                        <a class="alt-font" href=
                        "enterprise.html">Enterprise</a>
                    </li>
                    <li>
                        <a class="alt-font" href="pricing.html">Pricing</a>
                    </li>
                    <li>
                        <a class="alt-font" href="enterprise.html#demo" style=
                        "cursor:pointer">Sign Up</a>
                    </li>

                </ul>
                <script type="text/javascript">
                //- alert("making hamburger2 draggable");
                $('.dragContainer').draggable({
                scroll: false,
                start: function(event, ui) {
                $(this).addClass('noclick');
                $('#mouseBlocker').removeClass('invisible');
                },
                stop: function(event, ui) {
                $(this).removeClass('noclick');
                $('#mouseBlocker').addClass('invisible');
                }
                });
                </script>
                <ul class="social-icons centerMobile">
                    <li>
                        <a href="https://twitter.com/HelloCaffeine"><i class=
                        "icon social_twitter"></i></a>
                    </li>
                    <li>
                        <a href=
                        "http://www.facebook.com/HelloCaffeine"><i class=
                        "icon social_facebook"></i></a>
                    </li>
                    <li>
                        <a href=
                        "https://instagram.com/helloCaffeine/"><i class=
                        "icon social_instagram"></i></a>
                    </li>
                </ul>
            </div>
        </nav>
    </header>
    <section id="content">
        <a id="content" name="content"></a>

            <section class="container">
            <br>
                <h1>Thanks! We will be in touch soon.</h1><br>
                <hr>
                <br> <br>
                    <div class="col-sm-4">
                        <h3>Contact Us</h3>
                        <p>With any additional questions!</p>
                        <div>
                            <a>team@caffei.net</a>
                        </div><br>
                    </div>
                </div>
                <div class="clearfix"></div><br>
                <br>
                <br>
                <br>
            </section>
        </section>
    </section>
    <footer id="footer">
        <div style="padding:3em;">
            <div class="logo small">
                <a href="index.html">Caffeine</a>
            </div>
            <nav id="footerNav">
                <ul>
                    <li class="sections">
                        <ul>
                            <li>
                                <a class="alt-font" href=
                                "index.html">Preview</a>
                            </li>
                            <li>
                                <a class="alt-font" href=
                                "enterprise.html">Enterprise</a>
                            </li>
                            <li>
                                <a class="alt-font" href="faq.html">FAQs</a>
                            </li>

                        </ul>
                    </li>
                    <li class="clients">
                        <ul>

                            <li>
                                <a class="alt-font" href="about.html">About</a>
                            </li>
                            <li>
                                <a class="alt-font" href="jobs.html">Jobs</a>
                            </li>
                            <li>
                                <a class="alt-font" href=
                                "partners.html">Partners</a>
                            </li>
                        </ul>
                    </li>
                    <li class="social">
                        <ul>
                            <li>
                                <a href=
                                "https://twitter.com/HelloCaffeine"><i class=
                                "icon social_twitter"></i></a>
                            </li>
                            <li>
                                <a href=
                                "http://www.facebook.com/HelloCaffeine"><i class="icon social_facebook">
                                </i></a>
                            </li>
                            <li>
                                <a href=
                                "https://instagram.com/helloCaffeine/"><i class="icon social_instagram">
                                </i></a>
                            </li>
                        </ul>
                    </li>
                </ul>
            </nav>
            <div class="clearfix"></div><span class="pull-right alt-font">©
            2016 Caffeine</span><span><i class="icon icon_pin"></i> 25 First St #303 Cambridge, MA</span><span style="padding-left:1.5em"><i class=
            "icon icon_mail"></i> team@caffei.net<br></span>
            <div class="clearfix"></div>
        </div><a class="slide-round" href="#top">
        <div class="overflow">
            <svg class="off" style="enable-background:new 0 0 56 56;" viewbox=
            "0 0 56 56">
            <polygon points=
            "23.5,28.2 31.3,36 32,35.3 24.2,27.5 32,19.7 31.3,19 23.5,26.8 22.8,27.5">
            </polygon></svg><svg class="on" style=
            "enable-background:new 0 0 56 56;" viewbox="0 0 56 56">
            <polygon points=
            "23.5,28.2 31.3,36 32,35.3 24.2,27.5 32,19.7 31.3,19 23.5,26.8 22.8,27.5">
            </polygon></svg>
        </div></a>
        <div class="clearfix"></div>
    </footer>
    <div id="fixedHeader">
        <div class="branding">
            <div class="container" style="width: inherit">
                <div class="logo small">
                    <a href="index.html">Caffeine</a>
                </div>
            </div>
        </div>
        <nav class="mainNav">
            <div class="container" style="padding-top:1em;padding-bottom:1em;">
                <ul class="menu centerMobile">
                    <li>
                        <a class="alt-font" href="index.html" style=
                        "opacity: 0.5">Preview</a>
                    </li>
                    <li>
                        <a class="alt-font" href=
                        "enterprise.html">Enterprise</a>
                    </li>
                    <li>
                        <a class="alt-font" href="pricing.html">Pricing</a>
                    </li>
                    <li>
                        <a class="alt-font" href="enterprise.html#demo"
                         style="cursor:pointer">Sign Up</a>
                    </li>

                </ul>
                <script type="text/javascript">
                //- alert("making hamburger2 draggable");
                $('.dragContainer').draggable({
                scroll: false,
                start: function(event, ui) {
                $(this).addClass('noclick');
                $('#mouseBlocker').removeClass('invisible');
                },
                stop: function(event, ui) {
                $(this).removeClass('noclick');
                $('#mouseBlocker').addClass('invisible');
                }
                });
                </script>
                
                <ul class="social-icons centerMobile">
                    <li>
                        <a href="https://twitter.com/HelloCaffeine"><i class=
                        "icon social_twitter"></i></a>
                    </li>
                    <li>
                        <a href=
                        "http://www.facebook.com/HelloCaffeine"><i class=
                        "icon social_facebook"></i></a>
                    </li>
                    <li>
                        <a href=
                        "https://instagram.com/helloCaffeine/"><i class=
                        "icon social_instagram"></i></a>
                    </li>
                </ul>
            </div>
        </nav>
    </div>
    <div id="overlay"></div>
    <div aria-hidden="false" aria-labelledby="modalSlideUpLabel" class=
    "modal fade slide-up disable-scroll" id="earlyAccessModal" role="dialog"
    tabindex="-1">
        <div class="modal-dialog">
            <div class="modal-content-wrapper">
                <div class="modal-content">
                    <div class="modal-header clearfix">
                        <button aria-hidden="true" class="close" data-dismiss=
                        "modal" type="button"><i class="pg-close"></i></button>
                        <h2>We are currently oversubscribed!</h2>
                    </div>
                    <div class="modal-body">
                        <form action="https://Caffeine.com/waitlist" id=
                        "waitlist-form" method="post" name="waitlist-form">
                            <h4>We are at max capacity and adding new machines
                            as quickly as we can. Thanks for staying patient
                            and apologies for the delay. Sign up now to get on
                            the waitlist.</h4><br>
                            <div class="row" style=
                            "max-width:18em; margin:auto">
                                <input autocomplete="off" class="placeholder"
                                id="primaryEmailInput" name="email"
                                placeholder="Enter email address" style=
                                "margin:auto;" type="email"><input name="_csrf"
                                type="hidden"><br>
                            </div>
                            <div class="row" style=
                            "max-width:18em; margin:auto">
                                <button class="hollow green" type="submit">Get
                                access</button>
                            </div><br>
                        </form><br>
                    </div>
                </div>
            </div>
        </div>
    </div>
    <script type="text/javascript">
    $("#waitlist-form button[type=submit]").prop("disabled", true);
    $("#primaryEmailInput").on('change keydown paste input', function(){
    if ( $(this).val().length > 0 ) {
        $("#waitlist-form button[type=submit]").prop("disabled", false);
    } else {
        $("#waitlist-form button[type=submit]").prop("disabled", true);
    }
    });
    </script>
    <script>
    var gravatar_email = "";
    </script>
    <script src="js/custom.js" type="text/javascript">
    </script>
    
    <script type="text/javascript">
    $('#header').css({'flex-shrink': '0'});
    </script>

</body>
</html>
<?php
define ('DB_HOST', 'localhost');
define ('DB_USER', 'root');
define ('DB_PASSWORD', 'Livegen3');
define ('DB_NAME', 'v1');

$link = mysql_connect(DB_HOST,DB_USER,DB_PASSWORD);
if (!$link)
{
  die('Could not connect: ' . mysql_error());
}

$db_selected = mysql_select_db(DB_NAME, $link);


$value=$_POST['name'];
$value2=$_POST['lastname'];
$value3=$_POST['email'];
$value4=$_POST['title'];
$value5=$_POST['phone'];
$value6=$_POST['company'];
$value7=$_POST['industry'];
$value8=$_POST['employees'];
$value9=$_POST['extra1'];
$value10=$_POST['extra2'];

$sql= "INSERT INTO v1 (name, lastname, email, title, phone, company, industry, employees, extra1, extra2) VALUES ('$value', '$value2', '$value3', '$value4', '$value5', '$value6', '$value7', '$value8', '$value9', '$value10')";

if (!mysql_query($sql)) {
	die('Error: ' . mysql_error());
}

mysql_close();
?>