function list_items () {
  var items = new Array();
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, High School Students, Pro-life Organizations, Sidewalk Counselors, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Manual for Adulting",
        pic:"Adulting-front.jpg",
        url:"/campus/",
        loc:"009970",
        id:"#0107",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, High School Students, Latino Community, Sidewalk Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"Spanish".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Ella es una niña, no una opción",
        pic:"Ella-HLA-front.jpg",
        url:"/ella-es-una-nina-una-opcion-shes-child-choice/",
        loc:"010000",
        id:"#0010",
        size:"33",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, High School Students, Pro-life Organizations, Sidewalk Counselors, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Stand Up",
        pic:"stand-up-front.jpg",
        url:"/stand-up/",
        loc:"011000",
        id:"#0011",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"African American Community, College Students, High School Students, Pregnancy Resource Center, Pro-life Organizations, Sidewalk Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Did You Know?",
        pic:"did-you-know-front.jpg",
        url:"/know/",
        loc:"012000",
        id:"#0012",
        size:"33",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, Counselors, High School Students, Pregnancy Resource Center, Pro-life Organizations, Sidewalk Counselors, Unintended Pregnancy".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"The Truth Behind Planned Parenthood",
        pic:"pp-front.jpg",
        url:"/truth-planned-parenthood/",
        loc:"013000",
        id:"#0013",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Just for Girls/Just for Guys 2017-18",
        pic:"j4g2017front.jpg",
        url:"/just-4-girls-just-4-guys/",
        loc:"009980",
        id:"#0103",
        size:"33",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Just for Girls/Just for Guys 2016-17",
        pic:"j4g-front.jpg",
        url:"/just-4-girls-just-4-guys-2016/",
        loc:"014000",
        id:"#0014",
        size:"33",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Surrogacy Fact Sheet",
        pic:"surrogacy-front.jpg",
        url:"/surrogacy/",
        loc:"023003",
        id:"#0106",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Maternal Mortality India Fact Sheet",
        pic:"maternal-mortality-india-fact-sheet-front.jpg",
        url:"/maternal-mortality-india/",
        loc:"023002",
        id:"#0105",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Adoption is a choice Fact Sheet",
        pic:"adoption-fact-sheet-front.jpg",
        url:"/adoption/",
        loc:"023001",
        id:"#0104",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Pro-life Organizations".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Informed",
        pic:"informed-front.jpg",
        url:"/informed/",
        loc:"015000",
        id:"#0015",
        size:"33",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Counselors, Pregnancy Resource Center, Pro-life Organizations, Sidewalk Counselors, Unintended Pregnancy".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"This is Not Your Only Choice (Street Magazine)",
        pic:"street-mag-front.jpg",
        url:"/choice-street-mag/",
        loc:"01600",
        id:"#0016",
        size:"33",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Kids".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Latino Community, Pro-life Organizations, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Carlos & Isabel Save Esperanza",
        pic:"esperanza-front.jpg",
        url:"/carlos-isabel-save-esperanza/",
        loc:"017000",
        id:"#0017",
        size:"33",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Kids".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, High School Students, Pro-life Organizations, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Life Begins",
        pic:"life-begins-front.jpg",
        url:"/life-begins/",
        loc:"009990",
        id:"#0018",
        size:"33",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Assisted Suicide, Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, Counselors, Pro-life Organizations".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Imposed Death",
        pic:"imposed-death-front.jpg",
        url:"/imposed-death/",
        loc:"019000",
        id:"#0019",
        size:"33",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Latino Community".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English, Spanish".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"A Favor de la Vida",
        pic:"favor-de-la-vida-front.jpg",
        url:"/favor-de-la-vida/",
        loc:"020000",
        id:"#0020",
        size:"33",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, High School Students, Latino Community, Unintended Pregnancy".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English, Spanish".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Dare to be… a Mother",
        pic:"be-mother-front.jpg",
        url:"/be-mother/",
        loc:"021000",
        id:"#0021",
        size:"33",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"She’s a Child… not a choice.",
        pic:"child-choice-front.jpg",
        url:"/child-choice/",
        loc:"022000",
        id:"#0022",
        size:"33",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Publication".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Endangered",
        pic:"endangered-front.jpg",
        url:"/endangered/",
        loc:"023000",
        id:"#0023",
        size:"33",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Assisted Suicide, Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"DVD".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Informed: Life is Worth Living DVD",
        pic:"informed-life-worth-living-front.jpg",
        url:"/informed-life-worth-living/",
        loc:"024000",
        id:"#0024",
        size:"34",
        price:{amount:"20.0",text:"$20.00"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"DVD".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Imposed Death: A Conference on Stealth Euthanasia 2012 DVD",
        pic:"imposed-death-conference-stealth-euthanasia-2012-dvd-front.jpg",
        url:"/imposed-death-conference-stealth-euthanasia-2012-dvd/",
        loc:"047000",
        id:"#0047",
        size:"33",
        price:{amount:"30.0",text:"$30.00"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Assisted Suicide, Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"DVD".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Euthanasia and Assisted Suicide DVD",
        pic:"euthanasia-assisted-suicide-dvd-front.jpg",
        url:"/euthanasia-assisted-suicide-dvd/",
        loc:"046000",
        id:"#0046",
        size:"33",
        price:{amount:"30.0",text:"$30.00"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Assisted Suicide, Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"DVD".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Do Not Delete DVD",
        pic:"delete-dvd-front.jpg",
        url:"/delete-dvd/",
        loc:"045000",
        id:"#0045",
        size:"33",
        price:{amount:"20.0",text:"$20.00"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Why doesn’t someone ask ME Poster",
        pic:"doesnt-front.jpg",
        url:"/doesnt/",
        loc:"054000",
        id:"#0054",
        size:"12″ x 15″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, High School Students, Pro-life Organizations, Sidewalk Counselors, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Who are you to judge Poster",
        pic:"judge-poster-front.jpg",
        url:"/judge-poster/",
        loc:"060000",
        id:"#0060",
        size:"11″ x 17″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"What About My Choice Poster",
        pic:"choice-poster-front.jpg",
        url:"/choice-poster/",
        loc:"066000",
        id:"#0066",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Wanna have Sex? Guy Poster",
        pic:"wanna-sex-guy-poster-front.jpg",
        url:"/wanna-sex-guy-poster/",
        loc:"067000",
        id:"#0067",
        size:"18″ x 12″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Wanna have Sex Girl Poster",
        pic:"wanna-have-sex-girl-poster-front.jpg",
        url:"/wanna-have-sex-girl-poster/",
        loc:"065000",
        id:"#0065",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Assisted Suicide, Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"She’s a Child not a Choice Poster",
        pic:"shes-child-choice-poster-front.jpg",
        url:"/shes-child-choice-poster/",
        loc:"057000",
        id:"#0057",
        size:"11″ x 17″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Pro-life Organizations, Sidewalk Counselors, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Pro Life Radical Poster",
        pic:"pro-life-radical-poster-front.jpg",
        url:"/pro-life-radical-poster/",
        loc:"063000",
        id:"#0063",
        size:"17″ x 11″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Pastor Parker Poster",
        pic:"pastor-parker-poster-front.jpg",
        url:"/pastor-parker-poster/",
        loc:"077000",
        id:"#0077",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, High School Students, Pro-life Organizations, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"POB’s Poster",
        pic:"pobs-poster-front.jpg",
        url:"/pobs-poster/",
        loc:"058000",
        id:"#0058",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Not an Exception Poster",
        pic:"exception-poster-front.jpg",
        url:"/exception-poster/",
        loc:"068000",
        id:"#0068",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Sidewalk Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Marked For Death Poster",
        pic:"marked-death-poster-front.jpg",
        url:"/marked-death-poster/",
        loc:"069000",
        id:"#0069",
        size:"12″ x 15″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, High School Students, Pregnancy Resource Center, Pro-life Organizations, Sidewalk Counselors, Unintended Pregnancy, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Life in the Womb Poster",
        pic:"life-in-the-womb-poster-front.jpg",
        url:"/life-in-the-womb-poster/",
        loc:"059000",
        id:"#0059",
        size:"11″ x 17″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Sidewalk Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Legal To Kill Poster",
        pic:"legal-kill-poster-front.jpg",
        url:"/legal-kill-poster/",
        loc:"070000",
        id:"#0070",
        size:"18″ x 12″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors, High School Students".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"LIFE-Grandpa & Baby Poster",
        pic:"life-grandpa-baby-poster-front.jpg",
        url:"/life-grandpa-baby-poster/",
        loc:"050000",
        id:"#0050",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors, High School Students".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"LIFE-Disabled Vet Poster",
        pic:"life-disabled-vet-poster-front.jpg",
        url:"/life-disabled-vet-poster/",
        loc:"051000",
        id:"#0051",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors, High School Students".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"LIFE-Disability Girl Poster",
        pic:"life-disability-girl-poster-front.jpg",
        url:"/life-disability-girl-poster/",
        loc:"052000",
        id:"#0052",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Informed Poster",
        pic:"informed-poster-front.jpg",
        url:"/informed-poster/",
        loc:"053000",
        id:"#0053",
        size:"11″ x 17″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Assisted Suicide, Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Head In The Sand Poster",
        pic:"head-sand-poster-front.jpg",
        url:"/head-sand-poster/",
        loc:"048000",
        id:"#0048",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Assisted Suicide, Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Happy to be Alive Poster",
        pic:"happy-alive-poster-front.jpg",
        url:"/happy-alive-poster/",
        loc:"056000",
        id:"#0056",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Pregnancy Resource Center, Pro-life Organizations, Sidewalk Counselors, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Get The Facts Poster",
        pic:"facts-poster-front.jpg",
        url:"/facts-poster/",
        loc:"071000",
        id:"#0071",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Final Frontier Poster",
        pic:"final-frontier-poster-front.jpg",
        url:"/final-frontier-poster/",
        loc:"072000",
        id:"#0072",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Endangered Species Poster",
        pic:"endangered-species-poster-front.jpg",
        url:"/endangered-species-poster/",
        loc:"073000",
        id:"#0073",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"African American Community, Sidewalk Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Endangered Species African American Poster",
        pic:"endangered-species-african-american-poster-front.jpg",
        url:"/endangered-species-african-american-poster/",
        loc:"074000",
        id:"#0074",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"High School Students, Pro-life Organizations".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Down Syndrome Poster",
        pic:"syndrome-poster-front.jpg",
        url:"/syndrome-poster/",
        loc:"061000",
        id:"#0061",
        size:"11″ x 17″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Crisis Pregnancy Poster",
        pic:"crisis-pregnancy-poster-front.jpg",
        url:"/crisis-pregnancy-poster/",
        loc:"064000",
        id:"#0064",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Pro-life Organizations, Sidewalk Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Coexist Poster",
        pic:"coexist-poster-front.jpg",
        url:"/coexist-poster/",
        loc:"062000",
        id:"#0062",
        size:"11″ x 17″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Pregnancy Resource Center, Pro-life Organizations, Sidewalk Counselors, Unintended Pregnancy".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Biology 101 Poster",
        pic:"biology-101-poster-front.jpg",
        url:"/biology-101-poster/",
        loc:"049000",
        id:"#0049",
        size:"18″ x 12″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Better Future Guy Poster",
        pic:"future-guy-poster-front.jpg",
        url:"/future-guy-poster/",
        loc:"075000",
        id:"#0075",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Better Future Girl Poster",
        pic:"future-girl-poster-front.jpg",
        url:"/future-girl-poster/",
        loc:"076000",
        id:"#0076",
        size:"12″ x 18″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Poster".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"African American Community, Church Groups, College Students, High School Students".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Alveda King Poster",
        pic:"alveda-king-poster-front.jpg",
        url:"/alveda-king-poster/",
        loc:"055000",
        id:"#0055",
        size:"17″ x 11″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Other".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Latino Community, Pro-life Organizations, Sidewalk Counselors, Unintended Pregnancy".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"Spanish".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Nuestra Biografia (Everyone’s Biography)",
        pic:"nuestra-biografia-everyones-biography-front.jpg",
        url:"/nuestra-biografia-everyones-biography/",
        loc:"033000",
        id:"#0033",
        size:"3″ x 4.5″",
        price:{amount:"0.1",text:"$0.10"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Other".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Pro-life Organizations, Sidewalk Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Not an Exception Original Postcard",
        pic:"exception-original-postcard-front.jpg",
        url:"/exception-original-postcard/",
        loc:"029000",
        id:"#0029",
        size:"4″ x 6″",
        price:{amount:"0.1",text:"$0.10"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Other".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Pro-life Organizations, Sidewalk CounselorsChurch Groups, College Students, High School Students, Pro-life Organizations, Sidewalk Counselors, Unintended Pregnancy".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Not an Exception Caucasian Postcard",
        pic:"exception-caucasian-postcard-front.jpg",
        url:"/exception-caucasian-postcard/",
        loc:"032000",
        id:"#0032",
        size:"4″ x 6″",
        price:{amount:"0.1",text:"$0.10"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Other".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Pro-life Organizations, Sidewalk Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Not an Exception Biracial Postcard",
        pic:"exception-biracial-postcard-front.jpg",
        url:"/exception-biracial-postcard/",
        loc:"035000",
        id:"#0035",
        size:"4″ x 6″",
        price:{amount:"0.1",text:"$0.10"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Other".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"African American Community, Church Groups, College Students, Pro-life Organizations, Sidewalk Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Not an Exception African American Postcard",
        pic:"exception-african-american-postcard-front.jpg",
        url:"/exception-african-american-postcard/",
        loc:"034000",
        id:"#0034",
        size:"4″ x 6″",
        price:{amount:"0.1",text:"$0.10"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Other".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Sidewalk Counselors, Unintended Pregnancy".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Men’s Fact Card",
        pic:"mens-fact-card-front.jpg",
        url:"/mens-fact-card/",
        loc:"032000",
        id:"#0032",
        size:"33",
        price:{amount:"0.1",text:"$0.10"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Other".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Live Pure Temporary Tattoo",
        pic:"live-pure-temporary-tattoo-front.jpg",
        url:"/live-pure-temporary-tattoo/",
        loc:"027000",
        id:"#0027",
        size:"2.5″ x 3″",
        price:{amount:"0.1",text:"$0.10"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Other".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Life Pastor Parker 1/3 Size Handout",
        pic:"life-pastor-parker-13-size-handout-front.jpg",
        url:"/life-pastor-parker-13-size-handout/",
        loc:"037000",
        id:"#0037",
        size:"35",
        price:{amount:"0.1",text:"$0.10"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Other".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Life Pastor Parker 1/2 Size Handout",
        pic:"life-pastor-parker-12-size-handout-front.jpg",
        url:"/life-pastor-parker-12-size-handout/",
        loc:"036000",
        id:"#0036",
        size:"35",
        price:{amount:"0.1",text:"$0.10"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Other".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Pro-life Organizations, Sidewalk Counselors, Unintended Pregnancy".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Everyone’s Biography",
        pic:"everyones-biography-front.jpg",
        url:"/everyones-biography/",
        loc:"031000",
        id:"#0031",
        size:"3″ x 4.5″",
        price:{amount:"0.1",text:"$0.10"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Other".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"African American Community, Church Groups, College Students, Pro-life Organizations, Sidewalk Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Endangered Postcard",
        pic:"endangered-postcard-front.jpg",
        url:"/endangered-postcard/",
        loc:"028000",
        id:"#0028",
        size:"4″ x 6″",
        price:{amount:"0.1",text:"$0.10"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Other".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Donor Refusal Card",
        pic:"donor-refusal-card-front.jpg",
        url:"/donor-refusal-card/",
        loc:"030000",
        id:"#0030",
        size:"3.5″ x 4″",
        price:{amount:"0.3",text:"$0.30"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Other".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Be a Friend for Life ebook",
        pic:"friend-life-ebook-front.jpg",
        url:"/friend-life-ebook/",
        loc:"038000",
        id:"#0038",
        size:"34",
        price:{amount:"1.99",text:"$1.99"}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, High School Students, Pregnancy Resource Center, Sidewalk Counselors, Unintended Pregnancy".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"What about my choices? Fact Sheet",
        pic:"choices-fact-sheet-front.jpg",
        url:"/choices-fact-sheet/",
        loc:"084000",
        id:"#0084",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors, High School Students, Pregnancy Resource Center, Pro-life Organizations, Sidewalk Counselors, Unintended Pregnancy, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Violence Fact Sheet",
        pic:"violence-fact-sheet-front.jpg",
        url:"/violence-fact-sheet/",
        loc:"026000",
        id:"#0026",
        size:"33",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, Counselors, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"Portuguese".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Top 10 Abstinence Portuguese Fact Sheet",
        pic:"top-10-abstinence-portuguese-factsheet-front.jpg",
        url:"/top-10-abstinence-portuguese-factsheet/",
        loc:"094000",
        id:"#0094",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, Counselors, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Top 10 Abstinence UK Fact Sheet",
        pic:"top-10-abstinence-uk-factsheet-front.jpg",
        url:"/top-10-abstinence-uk-factsheet/",
        loc:"094000",
        id:"#0094",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, Counselors, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Top 10 Abstinence Muslim Kenya Nigeria Fact Sheet",
        pic:"top-10-abstinence-muslim-kenya-nigeria-fact-sheet-front.jpg",
        url:"/top-10-abstinence-muslim-kenya-nigeria-fact-sheet/",
        loc:"093000",
        id:"#0093",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, Counselors, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Top 10 Abstinence Girl Muslim Kenya Nigeria Fact Sheet",
        pic:"top-10-abstinence-girl-muslim-kenya-nigeria-fact-sheet-front.jpg",
        url:"/top-10-abstinence-girl-muslim-kenya-nigeria-fact-sheet/",
        loc:"092000",
        id:"#0092",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"STI Fact Sheet",
        pic:"sti-fact-sheet-front.jpg",
        url:"/sti-fact-sheet/",
        loc:"085000",
        id:"#0085",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Assisted Suicide".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Physician Assisted Suicide Fact Sheet",
        pic:"physician-assisted-suicide-fact-sheet-front.jpg",
        url:"/physician-assisted-suicide-fact-sheet/",
        loc:"086000",
        id:"#0086",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Pastor Parker Fact Sheet",
        pic:"pastor-parker-fact-sheet-front.jpg",
        url:"/pastor-parker-fact-sheet/",
        loc:"081000",
        id:"#0081",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Organ Donation Fact Sheet",
        pic:"organ-donation-fact-sheet-front.jpg",
        url:"/organ-donation-fact-sheet/",
        loc:"082000",
        id:"#0082",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Oral Contraceptives Cancer World Health Org Fact Sheet",
        pic:"oral-contraceptives-cancer-world-health-org-fact-sheet-front.jpg",
        url:"/oral-contraceptives-cancer-world-health-org-fact-sheet/",
        loc:"080000",
        id:"#0080",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Pro-life Organizations".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Marked For Death China Fact Sheet",
        pic:"marked-death-china-fact-sheet-front.jpg",
        url:"/marked-death-china-fact-sheet/",
        loc:"087000",
        id:"#0087",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors, High School Students, Pro-life Organizations".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"IVF Fact Sheet",
        pic:"ivf-fact-sheet-front.jpg",
        url:"/ivf-fact-sheet/",
        loc:"102000",
        id:"#0102",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion, Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Pregnancy Resource Center, Pro-life Organizations, Sidewalk Counselors, Unintended Pregnancy".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Health Problems Fact Sheet",
        pic:"health-problems-fact-sheet-front.jpg",
        url:"/health-problems-fact-sheet/",
        loc:"088000",
        id:"#0088",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, Counselors, High School Students, Latino Community, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"Spanish".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Chastity Spanish Fact Sheet",
        pic:"chastity-spanish-fact-sheet-front.jpg",
        url:"/chastity-spanish-fact-sheet/",
        loc:"095000",
        id:"#0095",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Pregnancy Resource Center, Pro-life Organizations, Sidewalk Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Breast Cancer Fact Sheet",
        pic:"breast-cancer-fact-sheet-front.jpg",
        url:"/breast-cancer-fact-sheet/",
        loc:"089000",
        id:"#0089",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Brain Death Fact Sheet",
        pic:"brain-death-fact-sheet-front.jpg",
        url:"/brain-death-fact-sheet/",
        loc:"090000",
        id:"#0090",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Birth Control Side Effects Fact Sheet",
        pic:"birth-control-side-effects-fact-sheet-front.jpg",
        url:"/birth-control-side-effects-fact-sheet/",
        loc:"083000",
        id:"#0083",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"African American Community, Church Groups, College Students, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"African American Abortion Stats Fact Sheet",
        pic:"african-american-abortion-stats-fact-sheet-front.jpg",
        url:"/african-american-abortion-stats-fact-sheet/",
        loc:"079000",
        id:"#0079",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Euthanasia".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Advanced Medical Directives Fact Sheet",
        pic:"advanced-medical-directives-fact-sheet-front.jpg",
        url:"/advanced-medical-directives-fact-sheet/",
        loc:"091000",
        id:"#0091",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, Counselors, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Abstinence US Fact Sheet",
        pic:"abstinence-fact-sheet-front.jpg",
        url:"/abstinence-fact-sheet/",
        loc:"096000",
        id:"#0096",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, Counselors, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Abstinence Kenya Male Fact Sheet",
        pic:"abstinence-kenya-male-fact-sheet-front.jpg",
        url:"/abstinence-kenya-male-fact-sheet/",
        loc:"098000",
        id:"#0098",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, Counselors, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Abstinence Kenya Girl Fact Sheet",
        pic:"abstinence-kenya-girl-fact-sheet-front.jpg",
        url:"/abstinence-kenya-girl-fact-sheet/",
        loc:"097000",
        id:"#0097",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, Counselors, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Abstinence India Fact Sheet",
        pic:"abstinence-india-fact-sheet-front.jpg",
        url:"/abstinence-india-fact-sheet/",
        loc:"100000",
        id:"#0100",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abstinence".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"College Students, Counselors, High School Students, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Abstinence Hong Kong Fact Sheet",
        pic:"abstinence-hong-kong-fact-sheet-front.jpg",
        url:"/abstinence-hong-kong-fact-sheet/",
        loc:"099000",
        id:"#0099",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, Counselors, High School Students, Pregnancy Resource Center, Pro-life Organizations, Sidewalk Counselors, Unintended Pregnancy, Youth Group".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Abortion is Harmful to Women Fact Sheet",
        pic:"abortion-hurts-women-front.jpg",
        url:"/abortion-hurts-women/",
        loc:"101000",
        id:"#0101",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Fact Sheet".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Sidewalk Counselors".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Abortion Pill Reversal Fact Sheet",
        pic:"abortion-pill-reversal-fact-sheet-front.jpg",
        url:"/abortion-pill-reversal-fact-sheet/",
        loc:"078000",
        id:"#0078",
        size:"34",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Bumper Sticker".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Pro-life Organizations".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Your Mom Chose Life Bumper Sticker",
        pic:"mom-chose-life-bumper-sticker-front.jpg",
        url:"/mom-chose-life-bumper-sticker/",
        loc:"042000",
        id:"#0042",
        size:"12″ x 3.5″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Bumper Sticker".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Pro-life Organizations".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Not an Exception Bumper Sticker",
        pic:"exception-bumper-sticker-front.jpg",
        url:"/exception-bumper-sticker/",
        loc:"041000",
        id:"#0041",
        size:"12″ x 3.75″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Bumper Sticker".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Pro-life Organizations".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Live Baby Bumper Sticker",
        pic:"live-baby-bumper-sticker-front.jpg",
        url:"/live-baby-bumper-sticker/",
        loc:"040000",
        id:"#0040",
        size:"12″ x 3″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Bumper Sticker".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"African American Community, Church Groups, College Students, High School Students".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Endangered Species African American Bumper Sticker",
        pic:"endangered-species-african-american-bumper-sticker-front.jpg",
        url:"/endangered-species-african-american-bumper-sticker/",
        loc:"044000",
        id:"#0044",
        size:"12″ x 3.5″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Bumper Sticker".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Pro-life Organizations".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Endangered Multi-cultural Babies Bumper Sticker",
        pic:"endangered-multi-cultural-babies-bumper-sticker-front.jpg",
        url:"/endangered-multi-cultural-babies-bumper-sticker/",
        loc:"043000",
        id:"#0043",
        size:"12″ x 3″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
    
      var item = {
        issues:"Abortion".replace(/, /g, ",").replace(/ /g, "-"),
        item_type:"Bumper Sticker".replace(/, /g, ",").replace(/ /g, "-"),
        target_age:"Teens, Young Adults, Adults".replace(/, /g, ",").replace(/ /g, "-"),
        target_audience:"Church Groups, College Students, High School Students, Pro-life Organizations".replace(/, /g, ",").replace(/ /g, "-"),
        item_language:"English".replace(/, /g, ",").replace(/ /g, "-"),
        item_title:"Abortion is not Healthcare Bumper Sticker",
        pic:"abortion-healthcare-bumper-sticker-front.jpg",
        url:"/abortion-healthcare-bumper-sticker/",
        loc:"039000",
        id:"#0039",
        size:"12″ x 3.75″",
        price:{amount:"",text:""}
      };
      items.push(item);
    
  
  return items;
}
function find_item (id) {
  var items = list_items();
  var item = null;
  for (var i = 0; i < items.length; i++) { 
    if (items[i].id === id) { 
      item = items[i];
      break;
    } 
  }
  return item;
}
function item_sug_price (id,info) {
  var item = find_item(id);
  var val = item.price[info];
  if (val == "") {
    var values = {
      Publication:{amount:0.3,text:"$0.30"},
      Fact_Sheet:{amount:0.1,text:"$0.10"},
      Poster:{amount:1.0,text:"$1.00"},
      Bumper_Sticker:{amount:1.0,text:"$1.00"},
      Other:{amount:0.1,text:"$0.10"},
      DVD:{amount:20.0,text:"$20.00"}
    };
    val = values[item.item_type.replace(/-/g, "_")][info];
  };
  return val;
}
function item_find_val (id,tmp) {
  var item = find_item(id);
  return item[tmp];
}